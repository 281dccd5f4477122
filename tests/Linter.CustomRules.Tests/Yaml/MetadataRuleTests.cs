namespace Linter.CustomRules.Tests.Yaml;

public sealed class MetadataRuleTests
{
    private const string Rule = """
        id: HOUSE040
        name: front-matter
        message: "front matter '{key}' {problem}"
        kind: metadata
        keys:
          date: { required: true, type: date }
          title: { required: true, type: string }
          tags: { type: list }
          slug: { pattern: '^[a-z0-9-]+$' }
        """;

    [Fact]
    public void IsSilentOnGoodFrontMatter()
    {
        YamlRules.Verify(Rule, "---\ntitle: Remarks\ndate: 2024-05-08\ntags: [press, review]\nslug: remarks-2024\n---\n\nText.\n");
    }

    [Fact]
    public void ReportsAMissingKeyAtTheOpeningFence()
    {
        var result = new Linter.Analysis.Testing.RuleTester(YamlRules.Load(Rule)).Run("[|---|]\ntitle: Remarks\n---\n\nText.\n", "fixture.md");

        Assert.True(result.Passed, result.Describe());
        Assert.Equal("front matter 'date' is missing", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void ReportsWrongTypesAndPatternsAtTheValue()
    {
        var result = new Linter.Analysis.Testing.RuleTester(YamlRules.Load(Rule)).Run(
            "---\ntitle: [|[a, b]|]\ndate: [|next week|]\ntags: [|press|]\nslug: [|Not A Slug|]\n---\n\nText.\n",
            "fixture.md");

        Assert.True(result.Passed, result.Describe());
        Assert.Equal(
            ["front matter 'title' is not text", "front matter 'date' is not a date (yyyy-MM-dd)", "front matter 'tags' is not a list", "front matter 'slug' does not match '^[a-z0-9-]+$'"],
            result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void PlainTextWithoutFrontMatterIsNotChecked()
    {
        YamlRules.Verify(Rule, "Remarks by the spokesperson (2024-05-08)\n\nText.\n", path: "fixture.txt");
    }
}
