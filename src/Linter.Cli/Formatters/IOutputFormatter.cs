namespace Linter.Cli.Formatters;

/// <summary>Writes a whole run in one output format.</summary>
internal interface IOutputFormatter
{
    /// <summary>Writes <paramref name="run"/> to <paramref name="writer"/>; never closes the writer.</summary>
    void Write(LintRun run, TextWriter writer);
}
