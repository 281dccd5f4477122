namespace Linter.CustomRules.Tests.Yaml;

public sealed class ConsistencyRuleTests
{
    private const string Rule = """
        id: HOUSE030
        name: one-spelling
        message: "'{match}': this document uses '{expected}'"
        kind: consistency
        either:
          adviser: advisor
          toward: towards
        """;

    [Fact]
    public void TheFirstFormUsedWinsAndTheOthersAreFixedToIt()
    {
        YamlRules.Verify(
            Rule,
            "The advisor met the [|adviser|]. The [|adviser|] moved towards [|toward|] the advisor.\n",
            "The advisor met the advisor. The advisor moved towards towards the advisor.\n",
            path: "fixture.txt");
    }

    [Fact]
    public void IsSilentWhenOneFormIsUsedThroughout()
    {
        YamlRules.Verify(Rule, "# The adviser\n\nThe adviser spoke; another adviser moved toward the door.\n");
    }

    [Fact]
    public void ComparesAcrossTheWholeDocument()
    {
        YamlRules.Verify(Rule, "# The adviser\n\nThe [|advisor|] spoke.\n", "# The adviser\n\nThe adviser spoke.\n");
    }
}
