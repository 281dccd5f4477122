using Linter.Rules.Attribution;

namespace Linter.Rules.Tests;

public sealed class UnbalancedQuoteRuleTests
{
    private static readonly UnbalancedQuoteRule s_rule = new();

    [Fact]
    public void ReportsAnOpeningMarkThatNothingCloses()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nHe said that [|“|]the Declaration is a step forward. We disagree.\n"));

        Assert.Equal("opening quotation mark “ has no closing mark in its paragraph", diagnostic.Message);
    }

    [Fact]
    public void ReportsAClosingMarkThatNothingOpens()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nHe said that the Declaration is a step forward.[|”|] We disagree.\n"));

        Assert.Equal("closing quotation mark ” has no opening mark in its paragraph", diagnostic.Message);
    }

    [Fact]
    public void DoesNotLetAQuotationCloseInTheNextParagraph()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nHe said that [|“|]the Declaration is a step forward.\n\nWe disagree.[|”|]\n");
    }

    [Fact]
    public void AcceptsAQuotationThatReopensInEveryParagraphAndClosesInTheLast()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nThe statement reads: “The first paragraph of the quotation,\n\n“the second one,\n\n“and the last.”\n\nWe disagree.\n");
    }

    [Theory]
    [InlineData("The parties’ will is clear.")]
    [InlineData("The Singapore Red Cross Society (SRC)’s appeal.")]
    [InlineData("Martin Luther King, Jr.'s speech.")]
    [InlineData("Music of the ‘90s and of the class of ’82.")]
    [InlineData("The island of Kaua‘i and Dato‘ Seri Azmin.")]
    [InlineData("Minister Fekitamoeloa Katoa ‘Utoikamanu spoke.")]
    [InlineData("It is “balanced” and ‘so is this’.")]
    public void IsSilentOnApostrophesAndMarksThatAreNoQuotations(string paragraph)
    {
        RuleVerifier.Verify(s_rule, $"Remarks (2022-4-29)\n\n{paragraph}\n");
    }

    [Fact]
    public void TakesAnEvenNumberOfStraightMarksAsBalanced()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nfont-family:\"Calibri\",sans-serif; mso-style-parent:\"\";\n");
    }

    [Fact]
    public void ReportsAnOddStraightMark()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nAirlines changed \"Taiwan\" to [|\"|]Taiwan, China.\n");
    }

    [Fact]
    public void PairsMarksInsideALink()
    {
        RuleVerifier.Verify(s_rule, "---\ndate: 2022-04-29\n---\n\nThe NTIA launched its [$45 Billion “Internet for All” initiative](https://example.com/a).\n", "test.md");
    }

    [Fact]
    public void IsSilentOnTheCanonicalExample()
    {
        RuleVerifier.Verify(s_rule, File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
    }
}
