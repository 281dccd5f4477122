using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Boilerplate;

/// <summary>SL4004: whitespace of any kind at the end of a line. See TrailingWhitespaceRule.md.</summary>
public sealed class TrailingWhitespaceRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.TrailingWhitespace,
        "trailing-whitespace",
        title: "Whitespace at the end of a line",
        messageFormat: "trailing whitespace ({0}) at the end of the line",
        RuleCategory.Boilerplate,
        Severity.Info,
        helpLink: "rules/Linter.Rules/Boilerplate/TrailingWhitespaceRule.md",
        fix: FixAvailability.Always);

    /// <summary>Markdown's hard line break: exactly two spaces before a line break inside a paragraph.</summary>
    private const string HardBreak = "  ";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    // Most lines end in a letter or a mark, so the text says where trailing whitespace can be, and only the
    // tokens around those places are looked at; the trivia of every token would cost more than the rest of the rule.
    private static void AnalyzeDocument(DocumentAnalysisContext context) =>
        ScanWindows(context, TrailingWhitespaceWindows(context.Tree.Text));

    /// <summary>Reports the trailing whitespace found in the tokens whose full span overlaps <paramref name="windows"/> (sorted, not overlapping).</summary>
    /// <remarks>Tests pass one window over the whole text, which scans every token, and compare.</remarks>
    internal static void ScanWindows(DocumentAnalysisContext context, IReadOnlyList<TextSpan> windows)
    {
        if (windows.Count == 0)
        {
            return;
        }

        // Whitespace trivia waiting to learn what follows it: a line break or the end makes it trailing, anything else does not.
        SyntaxTrivia? pendingFirst = null;
        var pendingEnd = 0;
        var end = 0;

        // One walk over the windows' tokens, passing over the subtrees between them.
        foreach (var token in context.Root.DescendantTokens(windows))
        {
            var fullSpan = token.FullSpan;
            if (fullSpan.Start != end)
            {
                // Tokens between two windows were passed over; the next window begins with something that ends any pending whitespace anyway.
                pendingFirst = null;
            }

            end = fullSpan.End;
            Scan(context, token.LeadingTrivia, ref pendingFirst, ref pendingEnd);
            if (token.Width > 0)
            {
                pendingFirst = null;
            }

            Scan(context, token.TrailingTrivia, ref pendingFirst, ref pendingEnd);
        }

        // Whitespace is trailing at the end of the text only when no token was passed over after it.
        if (pendingFirst is { } last && end == context.Tree.Text.Length)
        {
            Report(context, last, TextSpan.FromBounds(last.Span.Start, pendingEnd), lineBreak: null);
        }
    }

    /// <summary>
    /// For each line that ends in whitespace characters, the window from the character before that run to just past the
    /// line's end, so that a token starting at the line break is in it; windows that overlap are merged. The character
    /// before the run is not whitespace, so whatever holds it (a token, markup, a line break) ends any pending whitespace:
    /// scanning the tokens that overlap the windows, in order, reports exactly what scanning every token would, because a
    /// report needs whitespace trivia right before a line break or the end of the text.
    /// </summary>
    private static List<TextSpan> TrailingWhitespaceWindows(SourceText text)
    {
        var windows = new List<TextSpan>();
        foreach (var line in text.Lines)
        {
            var runStart = line.End;
            while (runStart > line.Start && SyntaxFacts.IsWhitespace(text[runStart - 1]))
            {
                runStart--;
            }

            if (runStart == line.End)
            {
                continue;
            }

            var start = Math.Max(0, runStart - 1);
            if (windows.Count > 0 && windows[^1].End > start)
            {
                windows[^1] = TextSpan.FromBounds(windows[^1].Start, line.End + 1);
            }
            else
            {
                windows.Add(TextSpan.FromBounds(start, line.End + 1));
            }
        }

        return windows;
    }

    private static void Scan(DocumentAnalysisContext context, SyntaxTriviaList trivia, ref SyntaxTrivia? pendingFirst, ref int pendingEnd)
    {
        foreach (var item in trivia)
        {
            switch (item.Kind)
            {
                case SyntaxKind.WhitespaceTrivia:
                    pendingFirst ??= item;
                    pendingEnd = item.Span.End;
                    break;
                case SyntaxKind.EndOfLineTrivia:
                    if (pendingFirst is { } first)
                    {
                        Report(context, first, TextSpan.FromBounds(first.Span.Start, pendingEnd), item);
                    }

                    pendingFirst = null;
                    break;
                default:
                    // Markup or skipped text between the whitespace and the line end: the whitespace is not at the end.
                    pendingFirst = null;
                    break;
            }
        }
    }

    private static void Report(DocumentAnalysisContext context, SyntaxTrivia first, TextSpan span, SyntaxTrivia? lineBreak)
    {
        if (WhitespaceNames.IsInCode(first.Token))
        {
            return;
        }

        var text = context.Tree.Text.ToString(span);
        if (lineBreak is { } end && IsHardBreakCandidate(context, first, text, end))
        {
            if (text.Length == HardBreak.Length)
            {
                return;
            }

            // More spaces than a hard break needs: the extra ones go, the break stays.
            var extra = new TextSpan(span.Start, span.Length - HardBreak.Length);
            var trim = Fix.Create("Keep a two-space hard line break", new TextChange(extra, string.Empty), Applicability.Safe);
            context.Report(Descriptor, extra, trim, WhitespaceNames.Describe(text));
            return;
        }

        var fix = Fix.Create("Remove the trailing whitespace", new TextChange(span, string.Empty), Applicability.Safe);
        context.Report(Descriptor, span, fix, WhitespaceNames.Describe(text));
    }

    /// <summary>Two or more ASCII spaces before a line break that continues a Markdown paragraph: a hard line break.</summary>
    private static bool IsHardBreakCandidate(DocumentAnalysisContext context, SyntaxTrivia first, string text, SyntaxTrivia lineBreak)
    {
        if (context.Tree.Format != DocumentFormat.Markdown || text.Length < HardBreak.Length || text.AsSpan().ContainsAnyExcept(' '))
        {
            return false;
        }

        for (var node = (SyntaxNode?)first.Token.Parent; node is not null; node = node.Parent)
        {
            if (node.Kind == SyntaxKind.Paragraph)
            {
                return node.Span.End > lineBreak.Span.End;
            }
        }

        return false;
    }
}
