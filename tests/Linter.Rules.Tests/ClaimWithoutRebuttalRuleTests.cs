using Linter.Rules.Claims;

namespace Linter.Rules.Tests;

public sealed class ClaimWithoutRebuttalRuleTests
{
    private static readonly ClaimWithoutRebuttalRule s_rule = new();

    [Fact]
    public void IsSilentWhenTheSameParagraphRebutsTheClaim()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            The Report says that trade is up. However, trade is down.
            """);
    }

    [Fact]
    public void IsSilentWhenTheNextParagraphRebutsTheClaim()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            The Report says that trade is up.

            However, trade is down.
            """);
    }

    [Fact]
    public void ReportsAClaimThatNoRebuttalAnswers()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            [|The Declaration claims that all is well.|]

            Trade is down.
            """));

        Assert.Equal("claim 'The Declaration claims that all is well.' is not answered by a rebuttal in its paragraph or the next", diagnostic.Message);
    }

    [Fact]
    public void ReportsAClaimWhoseNextParagraphOpensWithAnotherClaim()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            [|The Declaration claims that all is well.|]

            The Report says that trade is up. However, trade is down.
            """);
    }

    [Fact]
    public void ReportsTheFirstOfTwoClaimsBeforeOneRebuttal()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            [|The Declaration claims that all is well.|] The Report says that trade is up. However, trade is down.
            """);
    }

    [Fact]
    public void DoesNotLookForTheRebuttalInTheNextTurn()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Q: [|The Declaration claims that all is well.|]

            A: However, all is not well.
            """);
    }

    [Fact]
    public void DoesNotLookTwoParagraphsAhead()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            [|The Declaration claims that all is well.|]

            Trade is down.

            However, all is not well.
            """);
    }

    [Fact]
    public void IsSilentOnTheCanonicalExample()
    {
        RuleVerifier.Verify(s_rule, File.ReadAllText(Samples.Path("spokesperson-remarks-2022-04-29.txt")));
    }

    [Fact]
    public void ShortensLongClaimsInTheMessage()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            [|The Declaration claims that governments should not impede access to the global Internet at any time.|]
            """));

        Assert.Equal("claim 'The Declaration claims that governments should not impede…' is not answered by a rebuttal in its paragraph or the next", diagnostic.Message);
    }
}
