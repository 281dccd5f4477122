using CsCheck;
using Linter.Analysis;
using Linter.Rules.Attribution;
using Linter.Rules.Boilerplate;
using Linter.Syntax;
using Linter.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Tests.Properties;

/// <summary>
/// SL4004 reads each physical line and looks at tokens only where a line ends in whitespace. Over generated
/// documents it must find what a plain scan of every token's trivia finds: whitespace trivia right before a line
/// break trivia or the end of the text. In plain text it reports exactly those runs; in Markdown it may also pass
/// one over, but only a run in code or a two-space hard line break.
/// </summary>
public sealed class TrailingWhitespaceLineTests
{
    private static readonly AnalysisEngine s_rule = new([new TrailingWhitespaceRule()]);

    private static readonly Gen<string> s_endings = Gen.OneOfConst(
        " ", "  ", "   ", "\t", "\u00A0", " \u00A0", "\u2002", "\u3000", "\uFEFF", "\u200B", string.Empty, string.Empty, string.Empty);

    private static readonly Gen<string> s_lines = Gen.OneOfConst(
        "Zhao Lijian: The Declaration stresses that it is so.",
        "However, the US has done it .",
        "Q: Will you respond?",
        "“It is final,” she said",
        "# Heading",
        "> a block quote",
        "- a list item",
        "    indented code",
        "```",
        "<!-- a comment -->",
        "<div>markup</div>",
        "[the Declaration](https://example.org/d)",
        "---",
        "date: 2022-04-29",
        "**bold** and `code`",
        "\u0001\u0002",
        string.Empty);

    private static readonly Gen<(string Text, bool Markdown)> s_documents = Gen.Select(
        Gen.Select(s_lines, s_endings, Gen.OneOfConst("\n", "\r\n", "\r", "\u2028", "\u0085", string.Empty)).Array[0, 16],
        Gen.Bool)
        .Select(pair => (string.Concat(pair.Item1.Select(line => line.Item1 + line.Item2 + line.Item3)), pair.Item2));

    [Fact]
    public void ReportsWhatAScanOfEveryTokenFinds() =>
        Gen.Frequency(
            (4, s_documents),
            (1, Gen.Select(DocumentGenerators.StatementLike(), Gen.Bool)),
            (1, Gen.Select(DocumentGenerators.LineEndingMixes, Gen.Bool)),
            (1, Gen.Select(DocumentGenerators.UnicodeStrings, Gen.Bool)))
        .Sample(document =>
        {
            var markdown = document.Item2;
            var tree = SyntaxTree.Parse(document.Item1, markdown ? "generated.md" : "generated.txt");
            var runs = EveryTokenScan(tree);
            var reported = s_rule.Analyze(tree).Where(d => d.Id == TrailingWhitespaceRule.Descriptor.Id).ToList();
            if (!markdown)
            {
                Assert.Equal(runs.Select(r => r.Span), reported.Select(d => d.Location.Span));
                return;
            }

            // A hard break's extra spaces are reported from where the run starts: every report starts a run.
            var starts = runs.Select(r => r.Span.Start).ToHashSet();
            Assert.All(reported, d => Assert.Contains(d.Location.Span.Start, starts));
            foreach (var (span, first) in runs.Where(r => !reported.Any(d => d.Location.Span.Start == r.Span.Start)))
            {
                Assert.True(
                    tree.Text.ToString(span) == "  " || first.Token.Parent!.AncestorsAndSelf().Any(n => n.Kind == SyntaxKind.CodeBlock),
                    $"{span} \"{tree.Text.ToString(span)}\" was not reported");
            }
        }, iter: PropertyRuns.Iterations(3000));

    [Fact]
    public void TheComparisonSeesTrailingWhitespace()
    {
        // The oracle is not vacuous: it finds what the rule's own tests expect.
        var tree = SyntaxTree.Parse("Remarks (2022-4-29) \t\n\u00A0\nWe disagree.\u00A0 ", "x.txt");
        Assert.Equal(3, EveryTokenScan(tree).Count);
        Assert.Equal(3, s_rule.Analyze(tree).Length);
    }

    /// <summary>Every token's trivia in order: whitespace trivia waits to learn what follows it, and a line break or the end makes it trailing.</summary>
    private static List<(TextSpan Span, SyntaxTrivia First)> EveryTokenScan(SyntaxTree tree)
    {
        var runs = new List<(TextSpan, SyntaxTrivia)>();
        SyntaxTrivia? pending = null;
        var pendingEnd = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var item in token.LeadingTrivia)
            {
                Follow(item);
            }

            if (token.Width > 0)
            {
                pending = null;
            }

            foreach (var item in token.TrailingTrivia)
            {
                Follow(item);
            }
        }

        if (pending is { } last && pendingEnd == tree.Text.Length)
        {
            runs.Add((TextSpan.FromBounds(last.Span.Start, pendingEnd), last));
        }

        return runs;

        void Follow(SyntaxTrivia item)
        {
            switch (item.Kind)
            {
                case SyntaxKind.WhitespaceTrivia:
                    pending ??= item;
                    pendingEnd = item.Span.End;
                    break;
                case SyntaxKind.EndOfLineTrivia when pending is { } first:
                    runs.Add((TextSpan.FromBounds(first.Span.Start, pendingEnd), first));
                    pending = null;
                    break;
                default:
                    pending = null;
                    break;
            }
        }
    }
}
