using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Attribution;

/// <summary>SL3002: a quotation mark that opens or closes nothing in its paragraph. See UnbalancedQuoteRule.md.</summary>
public sealed class UnbalancedQuoteRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnbalancedQuote,
        "unbalanced-quote",
        title: "Quotation mark without its partner",
        messageFormat: "{0} quotation mark {1} has no {2} mark in its paragraph",
        RuleCategory.Attribution,
        Severity.Error,
        helpLink: RulePage.Of(typeof(UnbalancedQuoteRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentStartAction(StartDocument);
    }

    private static void StartDocument(DocumentStartAnalysisContext context)
    {
        // The parser pairs marks within a paragraph and wraps each pair in a Quotation. A quotation that runs on into the
        // next paragraph (press convention: every paragraph opens with a mark, only the last closes) gets a missing
        // closing mark, so its opening mark is paired too and nothing is reported for it. What is left unpaired is
        // gathered by parent node and looked at once more in Report.
        var unpaired = new List<SyntaxToken>();
        context.RegisterTokenAction(
            token =>
            {
                if (!token.IsMissing && !IsPaired(token))
                {
                    unpaired.Add(token);
                }
            },
            SyntaxKind.OpenQuoteToken,
            SyntaxKind.CloseQuoteToken);
        context.RegisterDocumentEndAction(() => Report(context, unpaired));
    }

    private static void Report(DocumentAnalysisContext context, List<SyntaxToken> unpaired)
    {
        var text = context.Tree.Text;
        foreach (var group in unpaired.GroupBy(t => t.Parent))
        {
            var marks = PairWithinNode(text, [.. group]);

            // A straight " has no direction: the lexer guesses it from its neighbours, and in text such as
            // font-family:"Calibri" it guesses wrong. An even number of them left over is taken as balanced.
            var straight = marks.Count(t => text[t.Span.Start] == '"');

            // A lone ‘ before a capital, with no other single mark in its paragraph, is far more often an ʻokina or an
            // ʿayn in a name ("Katoa ‘Utoikamanu", "Prince ‘Abdul") than a quotation left open.
            var loneSingle = group.Count(t => SyntaxFacts.IsSingleQuoteMark(text[t.Span.Start])) == 1;
            foreach (var mark in marks)
            {
                var c = text[mark.Span.Start];
                if ((c == '"' && straight % 2 == 0) || IsApostropheOrElision(text, mark) || (loneSingle && IsNameInitial(text, mark)))
                {
                    continue;
                }

                var opening = mark.Kind == SyntaxKind.OpenQuoteToken;
                context.Report(Descriptor, mark.Span, opening ? "opening" : "closing", mark.Text, opening ? "closing" : "opening");
            }
        }
    }

    private static bool IsPaired(SyntaxToken token) =>
        token.Parent is QuotationSyntax quotation && (quotation.OpenQuote == token || quotation.CloseQuote == token);

    /// <summary>
    /// Pairs marks the parser left apart although they share a node (inside a link it pairs nothing):
    /// each closing mark takes the nearest opening mark of its family before it. Returns what is left.
    /// </summary>
    private static List<SyntaxToken> PairWithinNode(SourceText text, List<SyntaxToken> marks)
    {
        var left = new List<SyntaxToken>();
        foreach (var mark in marks)
        {
            if (mark.Kind == SyntaxKind.CloseQuoteToken)
            {
                var single = SyntaxFacts.IsSingleQuoteMark(text[mark.Span.Start]);
                var match = left.FindLastIndex(t => t.Kind == SyntaxKind.OpenQuoteToken && SyntaxFacts.IsSingleQuoteMark(text[t.Span.Start]) == single);
                if (match >= 0)
                {
                    left.RemoveAt(match);
                    continue;
                }
            }

            left.Add(mark);
        }

        return left;
    }

    /// <summary>
    /// A single mark that is no quotation mark: one closing nothing before a letter is an apostrophe
    /// ("(SRC)’s", "Jr.'s"); one opening before a digit stands for the omitted century ("the ‘90s", "USMA ’82"),
    /// and one opening right after a letter is inside a word.
    /// </summary>
    private static bool IsApostropheOrElision(SourceText text, SyntaxToken mark)
    {
        if (!SyntaxFacts.IsSingleQuoteMark(text[mark.Span.Start]) || mark.Span.End >= text.Length)
        {
            return false;
        }

        var next = text[mark.Span.End];
        if (mark.Kind == SyntaxKind.CloseQuoteToken)
        {
            return char.IsLetterOrDigit(next);
        }

        // Inside a word it is an apostrophe or an ʻokina typed as ‘: "Kaua‘i", "Dato‘".
        return char.IsAsciiDigit(next) || (mark.Span.Start > 0 && char.IsLetter(text[mark.Span.Start - 1]));
    }

    private static bool IsNameInitial(SourceText text, SyntaxToken mark) =>
        mark.Kind == SyntaxKind.OpenQuoteToken && SyntaxFacts.IsSingleQuoteMark(text[mark.Span.Start]) && mark.Span.End < text.Length && char.IsUpper(text[mark.Span.End]);
}
