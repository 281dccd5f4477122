namespace Linter.Cli.Formatters;

/// <summary>The <c>msbuild</c> format: one <see cref="MsBuildFormatter"/> line per diagnostic, nothing else.</summary>
internal sealed class MsBuildOutputFormatter : IOutputFormatter
{
    private TextWriter _writer = TextWriter.Null;

    public void Start(TextWriter writer) => _writer = writer;

    public void WriteFile(FileReport file)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            _writer.WriteLine(MsBuildFormatter.Format(file.DisplayPath, diagnostic));
        }
    }

    public void End(RunTotals totals, TimeSpan elapsed)
    {
    }

    public void Dispose()
    {
    }
}
