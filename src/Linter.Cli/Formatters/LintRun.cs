using System.Collections.Immutable;
using Linter.Analysis;

namespace Linter.Cli.Formatters;

/// <summary>Everything a formatter writes about one run: the files in output order, their diagnostics and the time taken.</summary>
internal sealed class LintRun
{
    public LintRun(ImmutableArray<FileReport> files, TimeSpan elapsed)
    {
        Files = files;
        Elapsed = elapsed;
        foreach (var file in files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                switch (diagnostic.Severity)
                {
                    case Severity.Error: Errors++; break;
                    case Severity.Warning: Warnings++; break;
                    case Severity.Info: Infos++; break;
                    default: break;
                }

                if (diagnostic.Fix is not null)
                {
                    Fixable++;
                }
            }
        }
    }

    /// <summary>Every checked file, including clean ones (JUnit reports a passing test case for each).</summary>
    public ImmutableArray<FileReport> Files { get; }

    public TimeSpan Elapsed { get; }

    public int Errors { get; }

    public int Warnings { get; }

    public int Infos { get; }

    /// <summary>Diagnostics that carry a fix, of any applicability.</summary>
    public int Fixable { get; }
}
