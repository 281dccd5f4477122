namespace Linter.CustomRules.Tests.Yaml;

public sealed class SequenceRuleTests
{
    private const string Rule = """
        id: HOUSE050
        name: report-answered
        message: "'{match}' is not answered within {within} sentences"
        kind: sequence
        first: { node: Sentence, pattern: '^The Report (alleges|claims)' }
        then: { node: Sentence, pattern: '^(However|In fact),' }
        within: 2
        """;

    [Fact]
    public void ReportsAClaimWithNoAnswerWithinReach()
    {
        var result = new Linter.Analysis.Testing.RuleTester(YamlRules.Load(Rule)).Run(
            "# Remarks\n\n[|The Report alleges that nothing was done.|] We disagree. We object. In fact, much was done.\n",
            "fixture.md");

        Assert.True(result.Passed, result.Describe());
        Assert.Equal("'The Report alleges' is not answered within 2 sentences", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void IsSilentWhenTheAnswerFollows()
    {
        YamlRules.Verify(Rule, "# Remarks\n\nThe Report claims that nothing was done. We disagree. In fact, much was done.\n");
    }

    [Fact]
    public void WorksOnTheParsersClaimsAndRebuttals()
    {
        var yaml = """
            id: HOUSE051
            name: claim-answered
            message: "a claim of the {first} kind is not followed by a {then}"
            kind: sequence
            first: { node: Claim }
            then: { node: Rebuttal }
            """;

        YamlRules.Verify(yaml, "# Remarks\n\nThe Declaration claims that all is well. However, it is not.\n");
        YamlRules.Verify(yaml, "# Remarks\n\n[|The Declaration claims that all is well.|] That is all.\n");
    }
}
