namespace Linter.CustomRules.Tests.Yaml;

public sealed class ExistenceRuleTests
{
    private const string Rule = """
        id: HOUSE001
        name: no-weasel-words
        message: "avoid '{match}'"
        kind: existence
        tokens: [very, so-called, in order to]
        """;

    [Fact]
    public void FlagsEveryTokenAsAWholeWord()
    {
        YamlRules.Verify(Rule, "# A [|very|] good title\n\nThe [|so-called|] plan was written [|in order to|] please everyone, not everyday readers.\n");
    }

    [Fact]
    public void IsSilentOnPartsOfWordsAndOtherCases()
    {
        YamlRules.Verify(Rule, "Every everyday Very so called plan.\n");
    }

    [Fact]
    public void IgnoresCaseWhenAsked()
    {
        YamlRules.Verify(Rule + "\nignorecase: true\n", "[|Very|] well, [|VERY|] well.\n");
    }

    [Fact]
    public void MatchesInsideWordsWhenWholeWordIsOff()
    {
        YamlRules.Verify(Rule + "\nwhole-word: false\n", "Over[|very|]thing.\n", path: "fixture.txt");
    }

    [Fact]
    public void PatternsAreRegexesAndTheirGroupsFillTheMessage()
    {
        var yaml = """
            id: HOUSE002
            name: no-most-absolute
            message: "'{adjective}' does not take 'most'"
            kind: existence
            patterns: ['\bmost (?<adjective>unique|perfect)\b']
            """;
        var rules = YamlRules.Load(yaml);

        var result = new Linter.Analysis.Testing.RuleTester(rules).Run("A [|most unique|] event.\n", "fixture.txt");

        Assert.True(result.Passed, result.Describe());
        Assert.Equal("'unique' does not take 'most'", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void LooksOnlyInItsScope()
    {
        YamlRules.Verify(Rule + "\nscope: Title\n", "# A [|very|] good title\n\nA very good text.\n");
    }

    [Fact]
    public void ReportsAMatchOnceWhenScopesNest()
    {
        YamlRules.Verify(Rule + "\nscope: [Paragraph, Sentence]\n", "It was [|very|] good.\n");
    }
}
