using Linter.Rules.Boilerplate;
using Linter.Rules.Dates;

namespace Linter.Rules.Tests;

public sealed class TurnRuleTests
{
    [Fact]
    public void ReportsRemarksWithoutAnySpeaker()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(new MissingSpeakerRule(), "[|Remarks at the trade summit (2022-4-29)|]\n\nTrade is down.\n"));

        Assert.Equal("'Remarks at the trade summit (2022-4-29)' reads as remarks or a transcript, but no speaker label or speaker metadata says who speaks", diagnostic.Message);
    }

    [Theory]
    [InlineData("Remarks at the trade summit (2022-4-29)\n\nZhao Lijian: Trade is down.\n", "test.txt")]
    [InlineData("Remarks by President Biden at the summit (2022-4-29)\n\nTrade is down.\n", "test.txt")]
    [InlineData("Readout of the trade call (2022-4-29)\n\nTrade is down.\n", "test.txt")]
    [InlineData("---\ntitle: Remarks at the summit\nspeaker: Desk\n---\n\nTrade is down.\n", "test.md")]
    public void IsSilentWithASpeakerOrForOtherDocuments(string text, string path)
    {
        RuleVerifier.Verify(new MissingSpeakerRule(), text, path);
    }

    [Fact]
    public void ReportsAQuestionThatTheNextQuestionFollows()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(new QuestionWithoutAnswerRule(), """
            Press briefing (2022-4-29)

            [|Q:|] Is trade down this year?

            Q: Is trade up next year?

            MS. PSAKI: It is.

            [|Q:|] And after that, is it up?
            """).Take(1));

        Assert.Equal("the question of 'Q' is not followed by an answer turn: the next turn, 'Q', asks again", diagnostic.Message);
    }

    [Theory]
    [InlineData("Press briefing (2022-4-29)\n\nQ: Is trade down this year?\n\nA: It is.\n")]
    [InlineData("Press briefing (2022-4-29)\n\nQ: Is trade down this year?\n\nTrade is down, as we said.\n\nQ: Is it up next year?\n\nA: No.\n")]
    [InlineData("Press briefing (2022-4-29)\n\nQ: Jen?\n\nQ: Is trade down this year?\n\nMS. PSAKI: It is.\n")]
    [InlineData("Press briefing (2022-4-29)\n\nQ: Not yet.\n\nQ: No.\n\nMS. PSAKI: Okay.\n")]
    public void IsSilentWhenQuestionsAreAnswered(string text)
    {
        RuleVerifier.Verify(new QuestionWithoutAnswerRule(), text);
    }

    [Fact]
    public void TheCanonicalQuestionIsAnswered()
    {
        RuleVerifier.Verify(new QuestionWithoutAnswerRule(), File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
        RuleVerifier.Verify(new EmptyTurnRule(), File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
    }

    [Fact]
    public void ReportsALabelWithoutWords()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(new EmptyTurnRule(), "Press briefing (2022-4-29)\n\nQ: Is trade down?\n\n[|MS. PSAKI:|] —\n\nQ: Why?\n\nMS. PSAKI: Demand.\n"));

        Assert.Equal("the turn of 'MS. PSAKI' has no words", diagnostic.Message);
    }

    [Fact]
    public void ContactFieldsAreNoTurns()
    {
        RuleVerifier.Verify(new EmptyTurnRule(), "Honorary consuls (2022-4-29)\n\nTelephone:\n\n+65 1234\n\nFax:\n\n+65 5678\n");
    }
}
