using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Whitespace;

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
        helpLink: RulePage.Of(typeof(TrailingWhitespaceRule)),
        fix: FixAvailability.Always);

    /// <summary>Markdown's hard line break: exactly two spaces before a line break inside a paragraph.</summary>
    private const string HardBreak = "  ";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterLineAction(AnalyzeLine);
    }

    /// <summary>
    /// Reports the whitespace trivia a line ends with: the run of it right before the line's break (or the end of
    /// the text). Whitespace inside a token or markup, or followed by one, is not trivia at the line's end.
    /// </summary>
    private static void AnalyzeLine(LineAnalysisContext context)
    {
        // Most lines end in a letter or a mark: the text says whether the tokens need looking at.
        var text = context.Text;
        var line = context.Line;
        var runStart = line.End;
        while (runStart > line.Start && SyntaxFacts.IsWhitespace(text[runStart - 1]))
        {
            runStart--;
        }

        if (runStart == line.End)
        {
            return;
        }

        var atEnd = line.End == text.Length;
        SyntaxTrivia? first = null;
        var broken = false;
        foreach (var token in context.Tree.Root.DescendantTokens(TextSpan.FromBounds(runStart, atEnd ? line.End : line.End + 1)))
        {
            if (Scan(token.LeadingTrivia, runStart, line.End, ref first))
            {
                broken = true;
                break;
            }

            if (token.Width > 0)
            {
                ClearIfInside(token.Span, runStart, line.End, ref first);
            }

            if (Scan(token.TrailingTrivia, runStart, line.End, ref first))
            {
                broken = true;
                break;
            }
        }

        if (first is { } whitespace && (broken || atEnd))
        {
            Report(context, whitespace, TextSpan.FromBounds(whitespace.Span.Start, line.End), broken ? line.EndIncludingLineBreak : null);
        }
    }

    /// <summary>
    /// Follows the trivia over the run [<paramref name="runStart"/>, <paramref name="lineEnd"/>): whitespace trivia
    /// starts or continues it, anything else there ends it. True at the line break that ends the line.
    /// </summary>
    private static bool Scan(SyntaxTriviaList trivia, int runStart, int lineEnd, ref SyntaxTrivia? first)
    {
        foreach (var item in trivia)
        {
            if (item.Kind == SyntaxKind.EndOfLineTrivia && item.Span.Start == lineEnd)
            {
                return true;
            }

            if (item.Kind == SyntaxKind.WhitespaceTrivia && item.Span.Start >= runStart && item.Span.End <= lineEnd)
            {
                first ??= item;
            }
            else
            {
                ClearIfInside(item.Span, runStart, lineEnd, ref first);
            }
        }

        return false;
    }

    /// <summary>Something other than whitespace trivia within the run: the whitespace before it is not at the line's end.</summary>
    private static void ClearIfInside(TextSpan span, int runStart, int lineEnd, ref SyntaxTrivia? first)
    {
        if (span.End > runStart && span.Start < lineEnd)
        {
            first = null;
        }
    }

    private static void Report(LineAnalysisContext context, SyntaxTrivia first, TextSpan span, int? lineBreakEnd)
    {
        if (WhitespaceNames.IsInCode(first.Token))
        {
            return;
        }

        var text = context.Tree.Text.ToString(span);
        if (lineBreakEnd is { } end && IsHardBreakCandidate(context, first, text, end))
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
    private static bool IsHardBreakCandidate(LineAnalysisContext context, SyntaxTrivia first, string text, int lineBreakEnd)
    {
        if (context.Tree.Format != DocumentFormat.Markdown || text.Length < HardBreak.Length || text.AsSpan().ContainsAnyExcept(' '))
        {
            return false;
        }

        for (var node = (SyntaxNode?)first.Token.Parent; node is not null; node = node.Parent)
        {
            if (node.Kind == SyntaxKind.Paragraph)
            {
                return node.Span.End > lineBreakEnd;
            }
        }

        return false;
    }
}
