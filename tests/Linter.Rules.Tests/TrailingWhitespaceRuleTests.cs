using Linter.Rules.Attribution;
using Linter.Rules.Boilerplate;

namespace Linter.Rules.Tests;

public sealed class TrailingWhitespaceRuleTests
{
    private static readonly TrailingWhitespaceRule s_rule = new();

    [Fact]
    public void ReportsAnEnSpaceAtALineEndAndDeletesIt()
    {
        var diagnostic = Assert.Single(RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)\n\nThe US has abandoned multilateral platforms.[|\u2002|]\n\nWe disagree.\n",
            "Remarks (2022-4-29)\n\nThe US has abandoned multilateral platforms.\n\nWe disagree.\n"));

        Assert.Equal("trailing whitespace (U+2002) at the end of the line", diagnostic.Message);
    }

    [Fact]
    public void ReportsWhitespaceAtTheEndOfTheDocumentAndOnBlankLines()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)[| \t|]\n[|\u00A0|]\nWe disagree.[|\u00A0 |]",
            "Remarks (2022-4-29)\n\nWe disagree.");
    }

    [Fact]
    public void IsSilentOnSpacesInsideALine()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nWe  disagree\u2002with it.\n");
    }

    [Fact]
    public void AllowsAMarkdownHardBreakOfTwoSpaces()
    {
        RuleVerifier.Verify(s_rule, "---\ndate: 2022-04-29\n---\n\nFirst line  \nsecond line.\n", "test.md");
    }

    [Fact]
    public void TrimsMoreThanTwoSpacesBeforeAHardBreakToTwo()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "---\ndate: 2022-04-29\n---\n\nFirst line[| |]  \nsecond line.\n",
            "---\ndate: 2022-04-29\n---\n\nFirst line  \nsecond line.\n",
            "test.md");
    }

    [Fact]
    public void ReportsTwoSpacesThatEndAMarkdownParagraph()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "---\ndate: 2022-04-29\n---\n\nLast line.[|  |]\n\nNext paragraph.\n",
            "---\ndate: 2022-04-29\n---\n\nLast line.\n\nNext paragraph.\n",
            "test.md");
    }

    [Fact]
    public void ReportsTwoSpacesInPlainText()
    {
        RuleVerifier.VerifyFix(s_rule, "Remarks (2022-4-29)\n\nLine one.[|  |]\nLine two.\n", "Remarks (2022-4-29)\n\nLine one.\nLine two.\n");
    }

    [Fact]
    public void ReportsTwoEnSpacesInAMarkdownParagraph()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "---\ndate: 2022-04-29\n---\n\nFirst line[|\u2002\u2002|]\nsecond line.\n",
            "---\ndate: 2022-04-29\n---\n\nFirst line\nsecond line.\n",
            "test.md");
    }

    [Fact]
    public void IsSilentInCode()
    {
        RuleVerifier.Verify(s_rule, "---\ndate: 2022-04-29\n---\n\nText.\n\n```\ncode   \n```\n", "test.md");
    }

    [Fact]
    public void ReportsTheSevenEnSpacesOfTheCanonicalExample()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(s_rule, MarkedExample());

        Assert.Equal([10, 12, 14, 16, 18, 20, 22], diagnostics.Select(d => d.Location.LineSpan.Start.Line));
    }

    private static string MarkedExample() =>
        File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")).Replace("\u2002\n", "[|\u2002|]\n", StringComparison.Ordinal);
}
