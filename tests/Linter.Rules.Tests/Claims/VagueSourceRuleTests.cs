using Linter.Rules.Claims;

namespace Linter.Rules.Tests.Claims;

public sealed class VagueSourceRuleTests
{
    private static readonly VagueSourceRule s_rule = new();

    [Fact]
    public void ReportsAClaimOfAVagueGroup()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Q: [|Some people|] say that the talks have failed. What is your comment?
            """));

        Assert.Equal("'Some people' names no source: say who", diagnostic.Message);
    }

    [Theory]
    [InlineData("Q: [|Critics|] claim that the plan is late.")]
    [InlineData("Q: [|Some media|] reported that the plan is late.")]
    [InlineData("Q: [|It is said|] that the plan is late.")]
    [InlineData("Q: [|There are voices|] claiming that the plan is late.")]
    [InlineData("Q: [|It is widely believed|] that the plan is late.")]
    public void ReportsEachVagueForm(string markup)
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\n" + markup);
    }

    [Theory]
    [InlineData("Q: Some countries, the US in particular, have claimed that the plan is late.")]
    [InlineData("Q: Some US politicians have claimed that the plan is late.")]
    [InlineData("Q: Reuters reported that the plan is late.")]
    [InlineData("A: The two countries said that the plan is on time.")]
    [InlineData("A: According to the ministry, the plan is on time.")]
    public void LeavesANamedSourceAlone(string text)
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\n" + text);
    }
}
