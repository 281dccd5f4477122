using System.Globalization;
using System.Text;
using Linter.Analysis;

namespace Linter.Cli.Formatters;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), which the runner turns
/// into annotations on the pull request. Info diagnostics become <c>::notice</c>.
/// </summary>
internal sealed class GitHubFormatter : IOutputFormatter
{
    private TextWriter _writer = TextWriter.Null;

    public void Start(TextWriter writer) => _writer = writer;

    public void WriteFile(FileReport file)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            _writer.WriteLine(Format(file.DisplayPath, diagnostic));
        }
    }

    public void End(RunTotals totals, TimeSpan elapsed)
    {
    }

    public void Dispose()
    {
    }

    public static string Format(string displayPath, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.LineSpan;
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"::{command} file={EscapeProperty(TerminalText.Escape(displayPath.Replace('\\', '/')))},line={span.Start.Line + 1},col={span.Start.Character + 1},endLine={span.End.Line + 1},endColumn={span.End.Character + 1},title={EscapeProperty($"{diagnostic.Id} {diagnostic.Descriptor.Name}")}::{EscapeData(TerminalText.Escape(diagnostic.Message))}");
    }

    /// <summary>The escaping the runner undoes in a command's message (actions/toolkit <c>escapeData</c>).</summary>
    public static string EscapeData(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>Property values additionally escape the separators of the property list (<c>escapeProperty</c>).</summary>
    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
