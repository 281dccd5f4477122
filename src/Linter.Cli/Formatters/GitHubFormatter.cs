using System.Globalization;
using System.Text;
using Linter.Analysis;

namespace Linter.Cli.Formatters;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), which the runner turns
/// into annotations on the pull request. Info diagnostics become <c>::notice</c>.
/// </summary>
/// <remarks>
/// The runner shows only so many annotations of a step, so errors come first, then warnings, then
/// notices: errors are written as they come, warnings and notices are spooled to temporary files
/// (disk, not memory) and copied out at the end. When <c>GITHUB_STEP_SUMMARY</c> names a file, a
/// Markdown summary is appended to it: the counts, findings per rule and the files with the most.
/// </remarks>
internal sealed class GitHubFormatter : IOutputFormatter
{
    /// <summary>How many files the step summary lists.</summary>
    private const int TopFiles = 10;

    private readonly FormatterSettings _settings;
    private readonly SortedDictionary<string, (string Name, int Count)> _perRule = new(StringComparer.Ordinal);
    private readonly List<(string Path, int Count)> _topFiles = [];
    private TextWriter _writer = TextWriter.Null;
    private TemporaryTextFile? _warnings;
    private TemporaryTextFile? _notices;

    public GitHubFormatter(FormatterSettings? settings = null)
    {
        _settings = settings ?? FormatterSettings.Default;
    }

    /// <summary>The environment variable naming the step summary file.</summary>
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    public void Start(TextWriter writer) => _writer = writer;

    public void WriteFile(FileReport file)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            var target = diagnostic.Severity switch
            {
                Severity.Error => _writer,
                Severity.Warning => (_warnings ??= new TemporaryTextFile()).Writer,
                _ => (_notices ??= new TemporaryTextFile()).Writer,
            };
            target.WriteLine(Format(file.DisplayPath, diagnostic));
            _perRule[diagnostic.Id] = (diagnostic.Descriptor.Name, _perRule.GetValueOrDefault(diagnostic.Id).Count + 1);
        }

        if (file.Diagnostics.Length > 0)
        {
            // Only the few files with the most findings are kept, not one entry per file.
            _topFiles.Add((file.DisplayPath, file.Diagnostics.Length));
            _topFiles.Sort((x, y) => y.Count != x.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Path, y.Path));
            if (_topFiles.Count > TopFiles)
            {
                _topFiles.RemoveAt(TopFiles);
            }
        }
    }

    public void End(RunTotals totals, TimeSpan elapsed)
    {
        _warnings?.CopyTo(_writer);
        _notices?.CopyTo(_writer);
        if (_settings.Environment.Variables.TryGetValue(StepSummaryVariable, out var summaryPath) && summaryPath.Length > 0)
        {
            File.AppendAllText(summaryPath, StepSummary(totals));
        }
    }

    public void Dispose()
    {
        _warnings?.Dispose();
        _notices?.Dispose();
    }

    /// <summary>The Markdown appended to the step summary.</summary>
    private string StepSummary(RunTotals totals)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## stmtlint\n\n{Plural(totals.Files, "file")} checked: {Plural(totals.Errors, "error")}, {Plural(totals.Warnings, "warning")}, {totals.Infos} info\n\n");
        if (_perRule.Count > 0)
        {
            text.Append("| Rule | Name | Findings |\n| ---- | ---- | -------: |\n");
            foreach (var (id, (name, count)) in _perRule)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {id} | {name} | {count} |\n");
            }

            text.Append("\n| File | Findings |\n| ---- | -------: |\n");
            foreach (var (path, count) in _topFiles)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {MarkdownCell(path)} | {count} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>A path as a table cell: escaped controls, and no pipe or backtick to break the table.</summary>
    private static string MarkdownCell(string path) =>
        "`" + TerminalText.Escape(path.Replace('\\', '/')).Replace("`", "'", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal) + "`";

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
