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
    public int Fixable { get; private set; }

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

            if (diagnostic.Fix is not null)
            {
                Fixable++;
            }
        }
    }
}
