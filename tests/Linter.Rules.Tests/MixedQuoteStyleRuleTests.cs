using Linter.Analysis;
using Linter.Rules.Quotes;

namespace Linter.Rules.Tests;

public sealed class MixedQuoteStyleRuleTests
{
    private static readonly MixedQuoteStyleRule s_rule = new();

    [Fact]
    public void ReportsTheLessUsedKindAndFixesItToTheDominantOne()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)\n\nThe Declaration speaks of a “free and open” Internet, of “trust” and of [|\"|]democracy[|\"|].\n",
            "Remarks (2022-4-29)\n\nThe Declaration speaks of a “free and open” Internet, of “trust” and of “democracy”.\n");
    }

    [Fact]
    public void FixesCurlyMarksWhenStraightOnesDominate()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)\n\nIt said \"a\" and \"b\" and [|“|]c[|”|].\n",
            "Remarks (2022-4-29)\n\nIt said \"a\" and \"b\" and \"c\".\n");
    }

    [Fact]
    public void PrefersCurlyMarksOnATie()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)\n\nIt said “a” and [|\"|]b[|\"|].\n",
            "Remarks (2022-4-29)\n\nIt said “a” and “b”.\n");
    }

    [Fact]
    public void NamesTheMarkAndTheReason()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(s_rule, "Remarks (2022-4-29)\n\nIt said “a”, “b” and [|\"|]c[|\"|].\n");

        Assert.Equal("straight double quote \", but the document mostly uses curly ones", diagnostics[0].Message);
        Assert.Equal(Applicability.Safe, diagnostics[0].Fix!.Applicability);
    }

    [Fact]
    public void IsSilentWhenOnlyOneKindIsUsed()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nIt said \"a\" and \"b\".\n");
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nIt said “a” and “b”.\n");
    }

    [Fact]
    public void IgnoresApostrophesAndSingleMarks()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nThe parties’ will, the ‘so-called’ plan and one's \"view\".\n");
    }

    [Fact]
    public void IgnoresMarksInCode()
    {
        RuleVerifier.Verify(s_rule, "---\ndate: 2022-04-29\n---\n\nIt said “a”.\n\n```\nx = \"b\"\n```\n", "test.md");
    }

    [Fact]
    public void IsSilentOnTheCanonicalExample()
    {
        RuleVerifier.Verify(s_rule, File.ReadAllText(Samples.Path("spokesperson-remarks-2022-04-29.txt")));
    }
}
