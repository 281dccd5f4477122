using System.Globalization;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Formatters;

/// <summary>
/// The <c>pretty</c> format, for a person at a terminal, in the style of rustc and Ruff: a header,
/// the location, the source line(s) with a caret underline of the exact span, help from the rule's
/// descriptor, whether a fix exists, and a summary at the end. Colours are ANSI escapes, only when
/// the caller says the output is a terminal that wants them.
/// </summary>
internal sealed class PrettyFormatter : IOutputFormatter
{
    /// <summary>A long span shows this many lines, then an ellipsis: enough to see where it goes.</summary>
    private const int MaxLinesShown = 4;

    private readonly bool _colour;
    private TextWriter _writer = TextWriter.Null;

    public PrettyFormatter(bool colour) => _colour = colour;

    public void Start(TextWriter writer) => _writer = writer;

    /// <summary>Writes the file's diagnostics; its text is read (once, through <see cref="FileReport.Text"/>) only here, and only if it has any.</summary>
    public void WriteFile(FileReport file)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            WriteDiagnostic(_writer, file, diagnostic);
            _writer.WriteLine();
        }
    }

    public void End(RunTotals totals, TimeSpan elapsed) => _writer.WriteLine(Summary(totals, elapsed));

    public void Dispose()
    {
    }

    private void WriteDiagnostic(TextWriter writer, FileReport file, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.LineSpan;
        var text = file.Text.Value;
        var lastLine = text is null ? span.Start.Line : Math.Min(span.End.Line, text.Lines.Count - 1);
        var gutter = (lastLine + 1).ToString(CultureInfo.InvariantCulture).Length;
        var pad = new string(' ', gutter);

        writer.WriteLine($"{Paint(SeverityNames.Of(diagnostic.Severity) + "[" + diagnostic.Id + "]", SeverityColour(diagnostic.Severity))}{Paint(": " + TerminalText.Escape(diagnostic.Message), Bold)}");
        writer.WriteLine($"{pad}{Paint("-->", Blue)} {TerminalText.Escape(file.DisplayPath.Replace('\\', '/'))}:{span.Start.Line + 1}:{span.Start.Character + 1}");
        if (text is not null && span.Start.Line < text.Lines.Count)
        {
            writer.WriteLine($"{pad} {Paint("|", Blue)}");
            WriteSourceLines(writer, text, diagnostic.Location.Span, span, lastLine, gutter, SeverityColour(diagnostic.Severity));
            writer.WriteLine($"{pad} {Paint("|", Blue)}");
        }

        var help = ToolInfo.HelpUri(diagnostic.Descriptor.HelpLink);
        writer.WriteLine($"{pad} {Paint("=", Blue)} {Paint("help", Bold)}: {diagnostic.Descriptor.Title} [{diagnostic.Descriptor.Name}]{(help is null ? string.Empty : $" ({help})")}");
        if (diagnostic.Fix is { } fix)
        {
            var grade = fix.Applicability == Applicability.Safe ? "safe" : "unsafe";
            writer.WriteLine($"{pad} {Paint("=", Blue)} {Paint("fix available", Bold)} ({grade}): {TerminalText.Escape(fix.Title)}");
        }
    }

    private void WriteSourceLines(TextWriter writer, SourceText text, TextSpan span, LinePositionSpan lines, int lastLine, int gutter, string colour)
    {
        var shown = 0;
        for (var number = lines.Start.Line; number <= lastLine; number++)
        {
            if (shown == MaxLinesShown)
            {
                writer.WriteLine($"{new string(' ', gutter)} {Paint("|", Blue)} ...");
                break;
            }

            var line = text.Lines[number];
            var lineText = text.ToString(line.Span);
            var start = Math.Max(span.Start, line.Start) - line.Start;
            var end = Math.Min(span.End, line.End) - line.Start;
            var (display, underline) = SourceLineRenderer.Render(lineText, start, Math.Max(start, end));
            var label = (number + 1).ToString(CultureInfo.InvariantCulture).PadLeft(gutter);
            writer.WriteLine($"{Paint(label, Blue)} {Paint("|", Blue)} {display}".TrimEnd());
            writer.WriteLine($"{new string(' ', gutter)} {Paint("|", Blue)} {Paint(underline, colour)}".TrimEnd());
            shown++;
        }
    }

    private string Summary(RunTotals run, TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var files = Plural(run.Files, "file");
        if (run.Errors + run.Warnings + run.Infos == 0)
        {
            return $"{Paint("Checked", Bold)} {files} in {seconds}s: no problems found.";
        }

        var counts = $"{Paint(Plural(run.Errors, "error"), run.Errors > 0 ? Red : string.Empty)}, {Paint(Plural(run.Warnings, "warning"), run.Warnings > 0 ? Yellow : string.Empty)}, {run.Infos} info";
        var fixable = run.FixableSummary() is { } text ? $"; {text}" : string.Empty;
        return $"{Paint("Checked", Bold)} {files} in {seconds}s: {counts}{fixable}.";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Cyan = "\u001b[1;36m";
    private const string Blue = "\u001b[1;34m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Cyan,
    };

    private string Paint(string text, string colour) =>
        _colour && colour.Length > 0 && text.Length > 0 ? colour + text + Reset : text;
}
