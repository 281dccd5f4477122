using System.Collections.Immutable;
using CsCheck;
using Linter.Analysis;
using Linter.Rules.Whitespace;
using Linter.Syntax;
using Linter.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Tests.Properties;

/// <summary>
/// SL4004 looks only at the tokens around line ends that hold whitespace. Over generated documents it must
/// report exactly what the same scan over every token reports (one window covering the whole text).
/// </summary>
public sealed class TrailingWhitespaceWindowTests
{
    private static readonly AnalysisEngine s_windowed = new([new TrailingWhitespaceRule()]);
    private static readonly AnalysisEngine s_everyToken = new([new EveryTokenScan()]);

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
        "<!-- stmtlint-disable SL4004 -->",
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
    public void ReportsWhatAScanOfEveryTokenReports() =>
        Gen.Frequency(
            (4, s_documents),
            (1, Gen.Select(DocumentGenerators.StatementLike(), Gen.Bool)),
            (1, Gen.Select(DocumentGenerators.LineEndingMixes, Gen.Bool)),
            (1, Gen.Select(DocumentGenerators.UnicodeStrings, Gen.Bool)))
        .Sample(document =>
        {
            var tree = SyntaxTree.Parse(document.Item1, document.Item2 ? "generated.md" : "generated.txt");
            Assert.Equal(Describe(s_everyToken.Analyze(tree)), Describe(s_windowed.Analyze(tree)));
        }, iter: PropertyRuns.Iterations(3000));

    [Fact]
    public void TheComparisonSeesTrailingWhitespace()
    {
        // The oracle is not vacuous: it reports what the rule's own tests expect.
        var tree = SyntaxTree.Parse("Remarks (2022-4-29) \t\n\u00A0\nWe disagree.\u00A0 ", "x.txt");
        Assert.Equal(3, s_everyToken.Analyze(tree).Length);
    }

    private static List<string> Describe(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Location.Span} {d.Message} {string.Join(";", d.Fix?.Changes ?? [])}")];

    /// <summary>The rule's scan with a single window over the whole text: every token is looked at.</summary>
    private sealed class EveryTokenScan : Rule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [TrailingWhitespaceRule.Descriptor];

        public override void Initialize(RuleContext context) =>
            context.RegisterDocumentAction(c => TrailingWhitespaceRule.ScanWindows(c, [new TextSpan(0, c.Tree.Text.Length)]));
    }
}
