using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Rules.Attribution;
using Linter.Syntax;

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

    [Theory]
    [InlineData("curly", "It said \"a\" and \"b\".", 4, "straight double quote \", but configuration asks for curly ones")]
    [InlineData("straight", "It said “a” and \"b\".", 2, "curly double quote “, but configuration asks for straight ones")]
    [InlineData("dominant", "It said \"a\" and \"b\".", 0, null)]
    public void FollowsTheConfiguredStyle(string style, string paragraph, int count, string? firstMessage)
    {
        var options = new AnalysisOptions
        {
            Rules = ImmutableDictionary.CreateRange(
                StringComparer.OrdinalIgnoreCase,
                [KeyValuePair.Create("SL3001", new RuleConfiguration(null, null, new RuleOptions([KeyValuePair.Create<string, object>("style", style)])))]),
        };
        var tree = SyntaxTree.Parse($"Remarks (2022-4-29)\n\n{paragraph}\n", "test.txt");

        var diagnostics = new AnalysisEngine([s_rule]).Analyze(tree, options);

        Assert.Equal(count, diagnostics.Length);
        Assert.Equal(firstMessage, diagnostics.FirstOrDefault()?.Message);
    }

    [Fact]
    public void IsSilentOnTheCanonicalExample()
    {
        RuleVerifier.Verify(s_rule, File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
    }
}
