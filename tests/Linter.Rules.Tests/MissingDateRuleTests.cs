using Linter.Rules.Dates;

namespace Linter.Rules.Tests;

public sealed class MissingDateRuleTests
{
    private static readonly MissingDateRule s_rule = new();

    [Fact]
    public void ReportsATitleWithoutAnyDate()
    {
        RuleVerifier.Verify(s_rule, """
            [|Remarks on the summit|]

            The Report says that trade is up. However, trade is down.
            """);
    }

    [Fact]
    public void IsSilentWhenTheTitleHasADateline()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks on the summit (2022-4-29)

            The Report says that trade is up. However, trade is down.
            """);
    }

    [Fact]
    public void IsSilentWhenThereIsAPublishStamp()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks on the summit

            2022-05-05 09:17

            The Report says that trade is up. However, trade is down.
            """);
    }

    [Fact]
    public void IsSilentOnTheCanonicalExample()
    {
        RuleVerifier.Verify(s_rule, File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
    }

    [Fact]
    public void ReportsAnEmptyDocumentAtItsStart()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(s_rule, "[||]"));
        Assert.Equal("missing-date", diagnostic.Descriptor.Name);
    }

    [Fact]
    public void IsSilentWhenTheFrontMatterHasADate()
    {
        RuleVerifier.Verify(
            s_rule,
            """
            ---
            title: Readout of the call
            date: 2024-05-08
            ---

            The Report says that trade is up. However, trade is down.

            """,
            "readout.md");
    }

    [Theory]
    [InlineData("published_time: 2024-05-08T10:00:00Z")]
    [InlineData("date_published: 2024-05-08")]
    public void AcceptsTheOtherDateKeys(string entry)
    {
        RuleVerifier.Verify(s_rule, $"---\ntitle: Readout\n{entry}\n---\n\nThe Report says that trade is up. However, trade is down.\n", "readout.md");
    }

    [Fact]
    public void ReportsFrontMatterWithoutADate()
    {
        var diagnostics = RuleVerifier.Verify(
            s_rule,
            """
            [|---|]
            title: Readout of the call
            date:
            ---

            The Report says that trade is up. However, trade is down.

            """,
            "readout.md");

        Assert.Equal("SL2001", Assert.Single(diagnostics).Id);
    }
}
