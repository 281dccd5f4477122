using Linter.Analysis;
using Linter.Rules.Dates;

namespace Linter.Rules.Tests;

public sealed class DateRuleTests
{
    private static readonly string[] s_requiredKeys = ["subject", "date", "author"];
    private static readonly string[] s_patterns = [@"date: ^\d{4}-\d{2}-\d{2}$"];

    [Fact]
    public void ReportsADayThatDoesNotExist()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(new InvalidDateRule(), "Remarks ([|2022-02-30|])\n\nTrade was down on [|April 31|].\n").Take(1));

        Assert.Equal("date '2022-02-30' does not exist: February 2022 has 28 days", diagnostic.Message);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Theory]
    [InlineData("notadate", "date 'notadate' does not exist: it is not written as a date")]
    [InlineData("[1, 2]", "date '[1, 2]' does not exist: a list is not a date")]
    [InlineData("{a: b}", "date '{a: b}' does not exist: a mapping is not a date")]
    public void ReportsAFrontMatterDateThatIsNoDateAtItsValue(string value, string message)
    {
        // Such a value was passed over: no date was read from it, so nothing was wrong with it.
        var diagnostic = Assert.Single(RuleVerifier.Verify(new InvalidDateRule(), $"---\ndate: [|{value}|]\n---\n# Remarks\n", "test.md"));

        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void AcceptsAFrontMatterDateWithATimeAndOtherKeysThatAreNoDate()
    {
        RuleVerifier.Verify(new InvalidDateRule(), "---\ndate: 2022-04-05 08:21:48-04:00\ntitle: notadate\ntags: [1, 2]\n---\n# Remarks\n", "test.md");
    }

    [Fact]
    public void AcceptsRealDaysInEveryForm()
    {
        RuleVerifier.Verify(new InvalidDateRule(), "Remarks (2024-02-29)\n\nTrade was down on 29 February 2024, on May 12 and on June 1st, 2022.\n");
    }

    [Fact]
    public void ReportsOnlyTheCanonicalTitleDateInADifferentFormat()
    {
        var text = File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt"));
        var at = text.IndexOf("2022-4-29", StringComparison.Ordinal);
        var diagnostics = RuleVerifier.VerifyDiagnostics(new InconsistentDateFormatRule(), text[..at] + "[|2022-4-29|]" + text[(at + 9)..]);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((2, 84), (diagnostic.Location.LineSpan.Start.Line, diagnostic.Location.LineSpan.Start.Character));
        Assert.Equal("date '2022-4-29' is written as 'yyyy-M-d', unlike other dates of the document: write it as '2022-04-29' (yyyy-MM-dd)", diagnostic.Message);
        Assert.Equal(Applicability.Safe, diagnostic.Fix?.Applicability);
    }

    [Fact]
    public void RewritesNumericDatesToTheConfiguredFormat()
    {
        RuleVerifier.VerifyFix(
            new InconsistentDateFormatRule(),
            "Remarks ([|2022-4-29|])\n\n2022-05-05 09:17\n\nTrade was down.\n",
            "Remarks (2022-04-29)\n\n2022-05-05 09:17\n\nTrade was down.\n");
    }

    [Fact]
    public void WrittenDatesAreComparedAmongThemselves()
    {
        RuleVerifier.VerifyFix(
            new InconsistentDateFormatRule(),
            "Remarks (2022-04-29)\n\nTrade was down on 1 May 2022 and 3 May 2022, but up on [|May 5, 2022|].\n",
            "Remarks (2022-04-29)\n\nTrade was down on 1 May 2022 and 3 May 2022, but up on 5 May 2022.\n");
    }

    [Theory]
    [InlineData("Remarks (2022-04-29)\n\nTrade was down on April 29, 2022.\n")]
    [InlineData("Remarks (2022-10-29)\n\n2022-11-05 09:17\n\nTrade was down on May 12.\n")]
    [InlineData("Remarks (2022-02-30)\n\n2022-5-5 09:17\n")]
    [InlineData("Visit of the Minister on 14 September 2022\n13 Sep 2022, 10:33\n\nThe Minister arrives on 14 September 2022.\n")]
    [InlineData("Joint Statement of the Dialogue\n\nThe Dialogue met on October 25, 2022.\n\nMINISTRY OF FOREIGN AFFAIRS\n26 OCTOBER 2022\n")]
    public void IsSilentWhenDatesAgreeOrCannotBeCompared(string text)
    {
        RuleVerifier.Verify(new InconsistentDateFormatRule(), text);
    }

    [Fact]
    public void UsesTheConfiguredFormat()
    {
        ConfiguredVerifier.Verify(
            new InconsistentDateFormatRule(),
            "Remarks ([|2022-04-29|])\n\n2022-5-5 09:17\n",
            ConfiguredVerifier.WithRule("SL2003", (InconsistentDateFormatRule.Format.Name, "yyyy-M-d")));
    }

    [Fact]
    public void ReportsAStampBeforeTheEventOfATranscript()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(new DateOrderRule(), "Remarks at the summit (2022-4-29)\n\n[|2022-04-28|] 09:17\n\nTrade is down.\n"));

        Assert.Equal("the publish date '2022-04-28' is earlier than the event date '2022-4-29' the title gives", diagnostic.Message);
    }

    [Theory]
    [InlineData("Remarks at the summit (2022-4-29)\n\n2022-05-05 09:17\n\nTrade is down.\n")]
    [InlineData("Visit of the Prime Minister, 29 April 2022\n\n27 Apr 2022, 10:00\n\nThe Prime Minister will visit.\n")]
    public void IsSilentForALaterStampOrAnAnnouncement(string text)
    {
        RuleVerifier.Verify(new DateOrderRule(), text);
    }

    [Fact]
    public void ReportsADocumentWithoutATitle()
    {
        RuleVerifier.Verify(new MissingTitleRule(), "[|---|]\ndate: 2022-04-29\n---\n\nTrade is down.\n", "test.md");
    }

    [Theory]
    [InlineData("---\ntitle: Readout\n---\n\nTrade is down.\n", "test.md")]
    [InlineData("# Readout\n\nTrade is down.\n", "test.md")]
    [InlineData("Readout of the call\n\nTrade is down.\n", "test.txt")]
    public void AcceptsATitleLineHeadingOrFrontMatterTitle(string text, string path)
    {
        RuleVerifier.Verify(new MissingTitleRule(), text, path);
    }

    [Fact]
    public void IsOffByDefaultAndReportsRequiredKeysWhenConfigured()
    {
        RuleVerifier.Verify(new RequiredMetadataRule(), "---\ntitle: Readout\n---\n\nTrade is down.\n", "test.md");

        var options = ConfiguredVerifier.WithRule(
            "SL2007",
            (RequiredMetadataRule.Keys.Name, s_requiredKeys),
            (RequiredMetadataRule.Patterns.Name, s_patterns));
        var diagnostics = ConfiguredVerifier.Verify(
            new RequiredMetadataRule(),
            "[|---|]\ntitle: Readout\ndate: [|29 April 2022|]\n[|author:|]\n---\n\nTrade is down.\n",
            options,
            "test.md");

        Assert.Equal(
            ["front-matter key 'subject' is missing", "front-matter key 'date' value '29 April 2022' does not match the pattern '^\\d{4}-\\d{2}-\\d{2}$'", "front-matter key 'author' has no value"],
            diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void MissingDateAcceptsADateLineOrSignOff()
    {
        RuleVerifier.Verify(new MissingDateRule(), "Congratulatory letter\n\nYour Excellency, congratulations.\n\nSINGAPORE, 2 FEBRUARY 2021\n");
    }

    [Fact]
    public void MissingDateIgnoresDatesInProse()
    {
        RuleVerifier.Verify(new MissingDateRule(), "[|Congratulatory letter|]\n\nYour Excellency, congratulations on your election on 1 February 2021, which we welcome warmly.\n");
    }
}
