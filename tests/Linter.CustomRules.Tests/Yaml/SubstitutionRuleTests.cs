namespace Linter.CustomRules.Tests.Yaml;

public sealed class SubstitutionRuleTests
{
    private const string Rule = """
        id: HOUSE010
        name: house-spelling
        message: "use '{replacement}' instead of '{match}'"
        kind: substitution
        swap:
          co-operation: cooperation
          so called: so-called
          organisation: organization
          organisations: organizations
        """;

    [Fact]
    public void ReportsEachWrongFormAndFixesIt()
    {
        YamlRules.Verify(
            Rule,
            "The [|co-operation|] of both [|organisations|] is a [|so called|] success.\n",
            "The cooperation of both organizations is a so-called success.\n");
    }

    [Fact]
    public void TheMessageNamesBothForms()
    {
        var result = new Linter.Analysis.Testing.RuleTester(YamlRules.Load(Rule)).Run("The [|organisation|].\n", "fixture.txt", "The organization.\n");

        Assert.True(result.Passed, result.Describe());
        Assert.Equal("use 'organization' instead of 'organisation'", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void IsSilentOnRightFormsPartWordsAndOtherCases()
    {
        YamlRules.Verify(Rule, "Cooperation, so-called, reorganisation and Co-operation are fine.\n");
    }

    [Fact]
    public void KeepsTheCapitalWhenCaseIsIgnored()
    {
        YamlRules.Verify(Rule + "\nignorecase: true\n", "[|Co-operation|] matters.\n", "Cooperation matters.\n");
    }

    [Fact]
    public void RegexKeysUseTheirOwnGroupsInTheReplacement()
    {
        var yaml = """
            id: HOUSE011
            name: percent-sign
            message: "write '{replacement}'"
            kind: substitution
            regex: true
            swap:
              '(\d+) per cent': '$1 percent'
              '(\d+) pc': '$1 percent'
            """;

        YamlRules.Verify(yaml, "Up [|5 per cent|] and [|7 pc|].\n", "Up 5 percent and 7 percent.\n", path: "fixture.txt");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void AHundredThousandRegexSwapsMatchAsAFewDo()
    {
        // One alternation with a named group per key grew past what the regex engine runs, so every
        // document drew SL9001; the rule must match, or refuse to load, but not fail on each document.
        var yaml = new System.Text.StringBuilder("id: HOUSE012\nname: many-swaps\nmessage: \"write '{replacement}'\"\nkind: substitution\nregex: true\nswap:\n");
        for (var i = 0; i < 100_000; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  'w{i}x(\\d)': 'r{i}y$1'\n");
        }

        YamlRules.Verify(yaml.ToString(), "Both [|w7x1|] and [|w99999x2|] are wrong.\n", "Both r7y1 and r99999y2 are wrong.\n", path: "fixture.txt");
    }

    [Fact]
    public void LeavesUrlsInlineCodeAndLinkDestinationsAlone()
    {
        YamlRules.Verify(
            Rule,
            "# Links\n\nSee [the [|organisation|]](https://example.org/organisation), https://example.org/co-operation and `co-operation`.\n",
            "# Links\n\nSee [the organization](https://example.org/organisation), https://example.org/co-operation and `co-operation`.\n");
    }

    [Fact]
    public void SearchesEverythingWhenProseOnlyIsOff()
    {
        YamlRules.Verify(
            Rule + "\nprose-only: false\n",
            "# Links\n\nSee https://example.org/[|organisation|].\n",
            "# Links\n\nSee https://example.org/organization.\n");
    }
}
