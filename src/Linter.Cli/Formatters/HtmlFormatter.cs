using System.Globalization;
using System.Net;
using System.Text;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Formatters;

/// <summary>
/// <c>--format html</c>: one self-contained page (styles inline, no external asset, no script needed to read
/// it) for people who do not read terminals. Per document, its text with each diagnostic marked where it is
/// (the message on hover, a click goes to its entry: message, rule, help, the fix as a diff), then its claims;
/// a summary per rule, written last (it is known at the end) and shown first.
/// </summary>
/// <remarks>
/// Documents are hostile: every piece of text goes through <see cref="Text(StringBuilder, string, bool)"/>, which
/// encodes HTML's special characters and shows controls and bidirectional overrides as <c>\uXXXX</c>.
/// </remarks>
internal sealed class HtmlFormatter : IOutputFormatter
{
    private const string Styles = """
        :root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; display: flex; flex-direction: column; }
        header, main > section, #summary { padding: 0 32px; }
        header { order: -2; background: #24292f; color: #fff; padding: 18px 32px; }
        header h1 { margin: 0; font-size: 20px; font-weight: 600; }
        header p { margin: 4px 0 0; color: #d0d7de; }
        #summary { order: -1; margin-top: 16px; }
        h2 { font-size: 17px; margin: 24px 0 8px; word-break: break-all; }
        h3 { font-size: 14px; margin: 16px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        table { border-collapse: collapse; margin: 4px 0 12px; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 12px 5px 0; text-align: left; vertical-align: top; }
        th { font-size: 13px; color: var(--muted); font-weight: 600; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .sev { display: inline-block; min-width: 58px; padding: 0 6px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; text-align: center; }
        .sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
        .clean { color: #1a7f37; font-weight: 600; }
        pre.text { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.6 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; max-height: 640px; overflow: auto; }
        a.mark { color: inherit; text-decoration: none; border-bottom: 2px solid; }
        a.mark.error { background: #ffebe9; border-color: var(--error); } a.mark.warning { background: #fff8c5; border-color: var(--warning); } a.mark.info { background: #ddf4ff; border-color: var(--info); }
        a.mark:empty::after { content: "\25C2"; font-size: 11px; }
        a.mark:hover, a.mark:focus { outline: 1px solid currentColor; }
        .ctl { color: #8250df; font-style: italic; }
        ol.diagnostics { list-style: none; padding: 0; margin: 0; }
        li.diagnostic { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
        li.diagnostic.error { border-left-color: var(--error); } li.diagnostic.warning { border-left-color: var(--warning); } li.diagnostic.info { border-left-color: var(--info); }
        li.diagnostic:target { box-shadow: 0 0 0 3px #54aeff66; }
        .where { color: var(--muted); font-size: 13px; font-family: ui-monospace, Menlo, Consolas, monospace; }
        .message { font-weight: 600; }
        .help { color: var(--muted); font-size: 13px; }
        pre.diff { margin: 6px 0 0; font: 12px/1.5 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
        pre.diff del { display: block; background: #ffebe9; text-decoration: none; } pre.diff ins { display: block; background: #dafbe1; text-decoration: none; }
        .own { color: var(--muted); }
        footer { order: 1; padding: 16px 32px 32px; color: var(--muted); font-size: 13px; }
        """;

    private readonly Dictionary<string, RuleTally> _rules = new(StringComparer.Ordinal);
    private TextWriter? _writer;
    private int _documents;

    public void Start(TextWriter writer)
    {
        _writer = writer;
        writer.Write($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="stmtlint {Encode(ToolInfo.Version)}">
            <title>stmtlint report</title>
            <style>{Styles}</style>
            </head>
            <body>
            <main>

            """);
    }

    public void WriteFile(FileReport file)
    {
        var writer = _writer ?? throw new InvalidOperationException("Start was not called");
        var index = _documents++;
        var text = file.Text.Value;
        foreach (var diagnostic in file.Diagnostics)
        {
            if (!_rules.TryGetValue(diagnostic.Id, out var tally))
            {
                tally = new RuleTally(diagnostic.Descriptor.Name, diagnostic.Descriptor.Title);
                _rules.Add(diagnostic.Id, tally);
            }

            tally.Add(diagnostic.Severity, index);
        }

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"document\" id=\"d{index}\">\n<h2>");
        Text(html, file.DisplayPath.Replace('\\', '/'));
        html.Append("</h2>\n");
        if (file.Diagnostics.IsEmpty)
        {
            html.Append("<p class=\"clean\">No findings.</p>\n");
        }

        if (text is not null)
        {
            WriteText(html, text, file.Diagnostics, index);
        }

        if (!file.Diagnostics.IsEmpty)
        {
            html.Append("<h3>Findings</h3>\n<ol class=\"diagnostics\">\n");
            for (var i = 0; i < file.Diagnostics.Length; i++)
            {
                WriteDiagnostic(html, text, file.Diagnostics[i], index, i);
            }

            html.Append("</ol>\n");
        }

        if (text is not null && file.Claims is { } claims)
        {
            WriteClaims(html, text, claims(text));
        }

        html.Append("</section>\n");
        writer.Write(html.ToString());
    }

    public void End(RunTotals totals, TimeSpan elapsed)
    {
        var writer = _writer ?? throw new InvalidOperationException("Start was not called");
        var html = new StringBuilder("</main>\n<header>\n<h1>stmtlint report</h1>\n<p>");
        html.Append(CultureInfo.InvariantCulture, $"{Count(totals.Files, "document")} checked: {Count(totals.Errors, "error")}, {Count(totals.Warnings, "warning")}, {totals.Infos} info");
        if (totals.FixableSummary() is { } fixable)
        {
            html.Append("; ");
            Text(html, fixable);
        }

        html.Append("</p>\n</header>\n<section id=\"summary\">\n<h2>Findings per rule</h2>\n");
        if (_rules.Count == 0)
        {
            html.Append("<p class=\"clean\">No findings.</p>\n");
        }
        else
        {
            html.Append("<table>\n<tr><th>Rule</th><th>Name</th><th>Title</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Documents</th></tr>\n");
            foreach (var (id, rule) in _rules.OrderByDescending(r => r.Value.Total).ThenBy(r => r.Key, StringComparer.Ordinal))
            {
                html.Append("<tr><td>");
                Text(html, id);
                html.Append("</td><td>");
                Text(html, rule.Name);
                html.Append("</td><td>");
                Text(html, rule.Title);
                html.Append(CultureInfo.InvariantCulture, $"</td><td class=\"n\">{rule.Errors}</td><td class=\"n\">{rule.Warnings}</td><td class=\"n\">{rule.Infos}</td><td class=\"n\">{rule.Documents}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        // No time in the page: the same documents give the same report.
        html.Append(CultureInfo.InvariantCulture, $"</section>\n<footer>stmtlint {Encode(ToolInfo.Version)}</footer>\n");

        // Counts what the browser laid out, so a test in a real browser can compare it with the findings.
        html.Append("<script>document.body.dataset.rendered = document.querySelectorAll('li.diagnostic').length;</script>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    public void Dispose()
    {
    }

    /// <summary>The text, cut at every diagnostic's start and end; each piece under diagnostics is a link to the first of them.</summary>
    private static void WriteText(StringBuilder html, SourceText text, System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics, int document)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var diagnostic in diagnostics)
        {
            cuts.Add(Math.Clamp(diagnostic.Location.Span.Start, 0, text.Length));
            cuts.Add(Math.Clamp(diagnostic.Location.Span.End, 0, text.Length));
        }

        html.Append("<pre class=\"text\">");
        var previous = 0;
        foreach (var cut in cuts)
        {
            // A diagnostic with an empty span is marked where it is, before the text that follows.
            for (var i = 0; i < diagnostics.Length; i++)
            {
                if (diagnostics[i].Location.Span.IsEmpty && diagnostics[i].Location.Span.Start == previous && previous == cut)
                {
                    Mark(html, diagnostics[i], document, i, string.Empty);
                }
            }

            if (cut == previous)
            {
                continue;
            }

            var piece = text.ToString(TextSpan.FromBounds(previous, cut));
            var covering = -1;
            for (var i = 0; i < diagnostics.Length && covering < 0; i++)
            {
                var span = diagnostics[i].Location.Span;
                if (span.Start <= previous && cut <= span.End && !span.IsEmpty)
                {
                    covering = i;
                }
            }

            if (covering < 0)
            {
                Text(html, piece, keepLines: true);
            }
            else
            {
                Mark(html, diagnostics[covering], document, covering, piece);
            }

            previous = cut;
        }

        for (var i = 0; i < diagnostics.Length; i++)
        {
            if (diagnostics[i].Location.Span.IsEmpty && diagnostics[i].Location.Span.Start >= text.Length)
            {
                Mark(html, diagnostics[i], document, i, string.Empty);
            }
        }

        html.Append("</pre>\n");
    }

    private static void Mark(StringBuilder html, Diagnostic diagnostic, int document, int index, string piece)
    {
        html.Append(CultureInfo.InvariantCulture, $"<a class=\"mark {SeverityNames.Of(diagnostic.Severity)}\" href=\"#d{document}-{index}\" title=\"");
        Text(html, $"{diagnostic.Id}: {diagnostic.Message}");
        html.Append("\">");
        Text(html, piece, keepLines: true);
        html.Append("</a>");
    }

    private static void WriteDiagnostic(StringBuilder html, SourceText? text, Diagnostic diagnostic, int document, int index)
    {
        var severity = SeverityNames.Of(diagnostic.Severity);
        var start = diagnostic.Location.LineSpan.Start;
        html.Append(CultureInfo.InvariantCulture, $"<li class=\"diagnostic {severity}\" id=\"d{document}-{index}\"><span class=\"sev {severity}\">{severity}</span> <span class=\"where\">{start.Line + 1}:{start.Character + 1} ");
        Text(html, diagnostic.Id);
        html.Append("</span><div class=\"message\">");
        Text(html, diagnostic.Message);
        html.Append("</div><div class=\"help\">");
        Text(html, $"{diagnostic.Descriptor.Title} [{diagnostic.Descriptor.Name}]");
        if (ToolInfo.HelpUri(diagnostic.Descriptor.HelpLink) is { } help)
        {
            html.Append(" · <a href=\"");
            Text(html, help);
            html.Append("\">rule page</a>");
        }

        html.Append("</div>");
        if (diagnostic.Fix is { } fix)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"help\">Fix ({(fix.Applicability == Applicability.Safe ? "safe" : "unsafe")}): ");
            Text(html, fix.Title);
            html.Append("</div>");
            if (text is not null)
            {
                WriteDiff(html, text, fix);
            }
        }

        html.Append("</li>\n");
    }

    /// <summary>The lines the fix touches, before and after it.</summary>
    private static void WriteDiff(StringBuilder html, SourceText text, Fix fix)
    {
        if (fix.Changes.IsEmpty || fix.Changes.Any(c => c.Span.End > text.Length))
        {
            return;
        }

        var first = text.Lines.GetLineFromPosition(fix.Changes.Min(c => c.Span.Start));
        var last = text.Lines.GetLineFromPosition(fix.Changes.Max(c => c.Span.End));
        var lines = TextSpan.FromBounds(first.Start, last.End);
        var before = text.ToString(lines);
        var after = new StringBuilder();
        var position = lines.Start;
        foreach (var change in fix.Changes.OrderBy(c => c.Span.Start))
        {
            after.Append(text.ToString(TextSpan.FromBounds(position, Math.Max(position, change.Span.Start))));
            after.Append(change.NewText);
            position = Math.Max(position, change.Span.End);
        }

        after.Append(text.ToString(TextSpan.FromBounds(Math.Min(position, lines.End), lines.End)));
        html.Append("<pre class=\"diff\">");
        DiffLines(html, "del", '-', before);
        DiffLines(html, "ins", '+', after.ToString());
        html.Append("</pre>");
    }

    private static void DiffLines(StringBuilder html, string element, char sign, string lines)
    {
        foreach (var line in lines.Split('\n'))
        {
            html.Append(CultureInfo.InvariantCulture, $"<{element}>{sign} ");
            Text(html, line.TrimEnd('\r'), keepLines: true);
            html.Append(CultureInfo.InvariantCulture, $"</{element}>");
        }
    }

    private static void WriteClaims(StringBuilder html, SourceText text, System.Collections.Immutable.ImmutableArray<DocumentClaim> claims)
    {
        if (claims.IsEmpty)
        {
            return;
        }

        html.Append("<h3>Claims</h3>\n<table class=\"claims\">\n<tr><th>Line</th><th>Source</th><th>Says</th><th>Content</th><th>Reported by</th><th>Answered</th></tr>\n");
        foreach (var claim in claims)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{Line(text, claim.Source.Start)}</td><td>");
            Text(html, Flatten(text.ToString(claim.Source)));
            if (claim.Own)
            {
                html.Append(" <span class=\"own\">(own side)</span>");
            }

            html.Append("</td><td>");
            Text(html, Flatten(text.ToString(claim.Cue)));
            html.Append("</td><td>");
            if (claim.Content is { } content)
            {
                Text(html, Flatten(text.ToString(content)));
            }

            html.Append("</td><td>");
            Text(html, claim.Speaker ?? string.Empty);
            html.Append("</td><td>");
            if (claim.Answer is { } answer)
            {
                html.Append(CultureInfo.InvariantCulture, $"line {Line(text, answer.Start)}: ");
                var words = Flatten(text.ToString(answer));
                Text(html, words.Length <= 80 ? words : words[..80].TrimEnd() + "…");
            }
            else
            {
                html.Append(claim.Contested ? "<strong>unanswered</strong>" : "unanswered");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static int Line(SourceText text, int position) => text.Lines.GetLinePosition(position).Line + 1;

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Appends <paramref name="text"/> as HTML text: <c>&lt; &gt; &amp; " '</c> encoded, and every control character
    /// (line breaks and tabs too unless <paramref name="keepLines"/>), bidirectional override and lone surrogate
    /// shown as <c>\uXXXX</c>, so a document can neither inject markup nor reorder or hide what is shown.
    /// </summary>
    private static void Text(StringBuilder html, string text, bool keepLines = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '&': html.Append("&amp;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\n' or '\t' or '\r' when keepLines: html.Append(c); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        html.Append(c).Append(text[++i]);
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C')
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<span class=\"ctl\">\\u{(int)c:X4}</span>");
                    }
                    else
                    {
                        html.Append(c);
                    }

                    break;
            }
        }
    }

    private sealed class RuleTally(string name, string title)
    {
        private int _lastDocument = -1;

        public string Name { get; } = name;

        public string Title { get; } = title;

        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public int Infos { get; private set; }

        public int Documents { get; private set; }

        public int Total => Errors + Warnings + Infos;

        public void Add(Severity severity, int document)
        {
            switch (severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                default: Infos++; break;
            }

            if (document != _lastDocument)
            {
                Documents++;
                _lastDocument = document;
            }
        }
    }
}
