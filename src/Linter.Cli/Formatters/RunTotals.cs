using Linter.Analysis;

namespace Linter.Cli.Formatters;

/// <summary>What a run's summary needs, counted file by file as the files are written, so no file's diagnostics are kept for it.</summary>
internal sealed class RunTotals
{
    /// <summary>Files written, clean ones included.</summary>
    public int Files { get; private set; }

    /// <summary>Every reported diagnostic, whatever its severity.</summary>
    public int Diagnostics { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    /// <summary>Diagnostics that carry a fix, of any applicability.</summary>
    public int Fixable => SafeFixable + UnsafeFixable;

    /// <summary>Diagnostics whose fix <c>--fix</c> applies.</summary>
    public int SafeFixable { get; private set; }

    /// <summary>Diagnostics whose fix only <c>--fix --unsafe-fixes</c> applies: what <c>--fix</c> then reports as "more fixable with --unsafe-fixes".</summary>
    public int UnsafeFixable { get; private set; }

    /// <summary>
    /// "N fixable with --fix (M more with --unsafe-fixes)", the same in every format, or null when
    /// nothing is fixable. Its numbers are the ones <c>--fix</c> reports: the safe fixes it applies
    /// and the unsafe ones it leaves.
    /// </summary>
    public string? FixableSummary()
    {
        if (Fixable == 0)
        {
            return null;
        }

        var more = UnsafeFixable > 0 ? $" ({UnsafeFixable} more with --unsafe-fixes)" : string.Empty;
        return $"{SafeFixable} fixable with --fix{more}";
    }

    public void Add(FileReport file)
    {
        Files++;
        foreach (var diagnostic in file.Diagnostics)
        {
            Diagnostics++;
            switch (diagnostic.Severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                case Severity.Info: Infos++; break;
                default: break;
            }

            switch (diagnostic.Fix?.Applicability)
            {
                case Applicability.Safe: SafeFixable++; break;
                case Applicability.Unsafe: UnsafeFixable++; break;
                default: break;
            }
        }
    }
}
