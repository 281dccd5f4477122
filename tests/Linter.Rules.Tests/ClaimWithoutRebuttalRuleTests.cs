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

            The Report says that trade is up. However, trade is down.
            """));

        Assert.Equal("claim 'The Declaration claims that all is well.' is not answered by a rebuttal in its paragraph or the next", diagnostic.Message);
    }

    [Fact]
    public void AHoweverBeforeTheClaimAnswersNothing()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            However, trade is down. [|The Declaration claims that all is well.|]
            """);
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
    public void AClaimInAQuestionIsAnsweredByTheAnswerTurn()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Q: The Declaration claims that all is well. What is your comment?

            A: However, all is not well.
            """);
    }

    [Fact]
    public void DoesNotLookForTheRebuttalInAnotherSpeakersTurn()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Mr Lee: [|The Declaration claims that all is well.|]

            Mr Tan: However, all is not well.
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
    public void TheTurnWindowLooksFurther()
    {
        ConfiguredVerifier.Verify(
            s_rule,
            "Remarks (2022-4-29)\n\nThe Declaration claims that all is well.\n\nTrade is down.\n\nHowever, all is not well.\n",
            ConfiguredVerifier.WithRule("SL1001", (ClaimWithoutRebuttalRule.Window.Name, "turn")));
    }

    [Fact]
    public void TheParagraphWindowLooksOnlyInTheParagraph()
    {
        var diagnostic = Assert.Single(ConfiguredVerifier.Verify(
            s_rule,
            "Remarks (2022-4-29)\n\n[|The Declaration claims that all is well.|]\n\nHowever, all is not well.\n",
            ConfiguredVerifier.WithRule("SL1001", (ClaimWithoutRebuttalRule.Window.Name, "paragraph"))));

        Assert.EndsWith("in its paragraph", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDeclarationIsIsNoClaim()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            The Declaration is a political document. However, trade is down.

            The Declaration is long.
            """);
    }

    [Fact]
    public void IsSilentInADocumentThatRebutsNothing()
    {
        RuleVerifier.Verify(s_rule, """
            Statement (2022-4-29)

            The Joint Statement reaffirms our shared principles.
            """);
    }

    [Fact]
    public void IsSilentOnTheCanonicalExample()
    {
        RuleVerifier.Verify(s_rule, File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
    }

    [Fact]
    public void ShortensLongClaimsInTheMessage()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            [|The Declaration claims that governments should not impede access to the global Internet at any time.|]

            The Report says that trade is up. However, trade is down.
            """));

        Assert.Equal("claim 'The Declaration claims that governments should not impede…' is not answered by a rebuttal in its paragraph or the next", diagnostic.Message);
    }
}
