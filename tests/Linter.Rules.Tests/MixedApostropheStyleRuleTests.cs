using Linter.Analysis;
using Linter.Rules.Attribution;

namespace Linter.Rules.Tests;

public sealed class MixedApostropheStyleRuleTests
{
    private static readonly MixedApostropheStyleRule s_rule = new();

    [Fact]
    public void ReportsTheLessUsedKindAndFixesIt()
    {
        var diagnostics = RuleVerifier.VerifyFix(
            s_rule,
            "China[|'|]s position (2022-4-29)\n\nThe US’ move and its partners’ support are not China’s concern.\n",
            "China’s position (2022-4-29)\n\nThe US’ move and its partners’ support are not China’s concern.\n");

        Assert.Equal("straight apostrophe in 'China's', but the document mostly uses curly ones", diagnostics[0].Message);
        Assert.Equal(Severity.Info, diagnostics[0].Severity);
    }

    [Fact]
    public void CountsPluralPossessivesAsApostrophes()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)\n\nBoth countries' intent and the ministers' meeting, but one[|’|]s view.\n",
            "Remarks (2022-4-29)\n\nBoth countries' intent and the ministers' meeting, but one's view.\n");
    }

    [Fact]
    public void IgnoresSingleQuotationMarks()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nThe ‘so-called’ plan is China's view.\n");
    }

    [Fact]
    public void IsSilentWhenOnlyOneKindIsUsed()
    {
        RuleVerifier.Verify(s_rule, File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
    }
}
