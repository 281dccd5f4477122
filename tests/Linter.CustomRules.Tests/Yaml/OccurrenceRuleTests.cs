namespace Linter.CustomRules.Tests.Yaml;

public sealed class OccurrenceRuleTests
{
    private const string Rule = """
        id: HOUSE020
        name: comma-heavy
        message: "{count} commas in one sentence; at most {max}"
        kind: occurrence
        scope: Sentence
        patterns: [',']
        max: 2
        """;

    [Fact]
    public void ReportsTheFirstMatchPastTheMaximum()
    {
        var result = new Linter.Analysis.Testing.RuleTester(YamlRules.Load(Rule)).Run("# Remarks\n\nOne, two, three[|,|] four, five. Fine, fine.\n", "fixture.md");

        Assert.True(result.Passed, result.Describe());
        Assert.Equal("4 commas in one sentence; at most 2", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void IsSilentWithinTheBounds()
    {
        YamlRules.Verify(Rule, "# Remarks\n\nOne, two, three. Four.\n");
    }

    [Fact]
    public void ReportsTheWholeScopeWhenTooFew()
    {
        var yaml = """
            id: HOUSE021
            name: names-the-ministry
            message: "the document mentions the Ministry {count} times; at least {min}"
            kind: occurrence
            scope: Document
            tokens: [Ministry]
            min: 1
            """;

        YamlRules.Verify(yaml, "[|Nothing about it here.\n|]", path: "fixture.txt");
        YamlRules.Verify(yaml, "The Ministry said so.\n", path: "fixture.txt");
    }
}
