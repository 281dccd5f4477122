using Linter.Analysis;
using Linter.Rules.Attribution;

namespace Linter.Rules.Tests;

public sealed class InconsistentSpeakerLabelRuleTests
{
    private static readonly InconsistentSpeakerLabelRule s_rule = new();

    [Fact]
    public void ReportsASurnameOnlyLabelAndRelabelsItWithTheFirstForm()
    {
        var diagnostics = RuleVerifier.VerifyFix(
            s_rule,
            """
            Remarks (2022-4-29)

            Zhao Lijian: The Declaration is an old agenda.

            Xinhua News Agency: A follow-up question.

            [|Zhao|]: We oppose it.

            [|ZHAO LIJIAN|]: That is all.
            """,
            """
            Remarks (2022-4-29)

            Zhao Lijian: The Declaration is an old agenda.

            Xinhua News Agency: A follow-up question.

            Zhao Lijian: We oppose it.

            Zhao Lijian: That is all.
            """);

        Assert.Equal("speaker label 'Zhao' names the speaker first labelled 'Zhao Lijian'", diagnostics[0].Message);
        Assert.Equal(Applicability.Unsafe, diagnostics[0].Fix!.Applicability);
    }

    [Fact]
    public void MatchesASurnameAtTheEndAfterATitle()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "Briefing (2022-4-29)\n\nMS. PSAKI: Hi, everyone.\n\nQ: A question.\n\n[|Jen Psaki|]: An answer.\n",
            "Briefing (2022-4-29)\n\nMS. PSAKI: Hi, everyone.\n\nQ: A question.\n\nMS. PSAKI: An answer.\n");
    }

    [Fact]
    public void IsSilentOnTheSameLabelUsedThroughout()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nZhao Lijian: One.\n\nQ: Two?\n\nZhao Lijian: Three.\n\nQ: Four?\n");
    }

    [Fact]
    public void DoesNotGuessBetweenTwoSpeakersWithTheSameSurname()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nWang Yi: One.\n\nWang Wenbin: Two.\n\nWang: Three.\n");
    }

    [Fact]
    public void KeepsRolesApart()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nTHE PRESIDENT: One.\n\nTHE FIRST LADY: Two.\n\nTHE VICE PRESIDENT: Three.\n");
    }

    [Fact]
    public void IsSilentOnTheCanonicalExample()
    {
        RuleVerifier.Verify(s_rule, File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
    }
}
