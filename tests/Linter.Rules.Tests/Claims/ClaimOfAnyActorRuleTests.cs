using Linter.Analysis;
using Linter.Rules.Claims;

namespace Linter.Rules.Tests.Claims;

/// <summary>SL1001 on claims of people, organisations and groups: only a contested source's claims need an answer.</summary>
public sealed class ClaimOfAnyActorRuleTests
{
    private static readonly ClaimWithoutRebuttalRule s_rule = new();

    [Fact]
    public void ReportsAnUnansweredClaimOfASourceTheDocumentRebutsElsewhere()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Zhao Lijian: Pompeo claimed that China hides data. However, China has shared every figure.

            Trade with Europe grew this year.

            [|Pompeo also said that China is a threat.|]
            """));

        Assert.Equal("claim 'Pompeo also said that China is a threat.' is not answered by a rebuttal in its paragraph or the next", diagnostic.Message);
    }

    [Fact]
    public void IsSilentWhenTheSecondClaimIsRebuttedToo()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Zhao Lijian: Pompeo claimed that China hides data. However, China has shared every figure.

            Pompeo also said that China is a threat. This is groundless.
            """);
    }

    [Fact]
    public void LeavesASupportiveStatementOfAnotherSourceUnanswered()
    {
        // Nothing contests President Macron: quoting his support needs no answer.
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Zhao Lijian: Pompeo claimed that China hides data. However, China has shared every figure.

            President Macron said that France is willing to cooperate with China.
            """);
    }

    [Fact]
    public void ReportsAClaimOfASourceConfiguredAsContested()
    {
        ConfiguredVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Zhao Lijian: [|FireEye said those hackers work for the government.|] We will cooperate with all parties.
            """, AnalysisOptions.Default with { Contested = ["FireEye"] });
    }

    [Fact]
    public void NeverReportsTheSpeakersOwnSide()
    {
        ConfiguredVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Zhao Lijian: The Chinese side claimed that the talks went well. However, some problems remain.

            The Chinese side said that more talks will follow.
            """, AnalysisOptions.Default with { OwnSide = ["Chinese"] });
    }

    [Fact]
    public void LeavesAClaimInAQuestionToTheAnswerTurn()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Q: Pompeo claimed that China hides data. However, others disagree. Pompeo also said that China is a threat. What is your comment?

            A: We have shared every figure.
            """);
    }

    [Fact]
    public void LeavesAPronounAndASourceCitedInSupportAlone()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Zhao Lijian: Pompeo claimed that China hides data. However, China has shared every figure.

            He said that China is a threat.

            As Pompeo said, the relationship matters.
            """);
    }
}
