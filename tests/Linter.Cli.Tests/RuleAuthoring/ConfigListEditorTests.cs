using Linter.Cli.RuleAuthoring;

namespace Linter.Cli.Tests.RuleAuthoring;

public sealed class ConfigListEditorTests
{
    [Fact]
    public void AddsToAFlowListBeforeItsBracket()
    {
        var text = "# my config\ncustom-rules: [house.yaml]   # ours\n";

        var edited = ConfigListEditor.Add(text, "custom-rules", "rules/X001.yaml", "rules/X001.yaml", out var changed);

        Assert.True(changed);
        Assert.Equal("# my config\ncustom-rules: [house.yaml, 'rules/X001.yaml']   # ours\n", edited);
    }

    [Fact]
    public void AddsToABlockListWithItsIndentationKeepingComments()
    {
        var text = "custom-rules:\n    - a.yaml # first\n    - b.yaml\nrules:\n  SL4004: off\n";

        var edited = ConfigListEditor.Add(text, "custom-rules", "rules/X001.cs", "rules/X001.cs", out _);

        Assert.Equal("custom-rules:\n    - a.yaml # first\n    - b.yaml\n    - 'rules/X001.cs'\nrules:\n  SL4004: off\n", edited);
    }

    [Fact]
    public void AppendsTheKeyWhenAbsent()
    {
        var edited = ConfigListEditor.Add("rules:\n  SL4004: off", "exclude", "rules/tests/**", "rules/tests/X001.fires.md", out var changed);

        Assert.True(changed);
        Assert.Equal("rules:\n  SL4004: off\nexclude:\n  - 'rules/tests/**'\n", edited);
    }

    [Fact]
    public void FillsAnEmptyKey()
    {
        var edited = ConfigListEditor.Add("custom-rules:\nrules: {}\n", "custom-rules", "a.yaml", "a.yaml", out _);

        Assert.Equal("custom-rules:\n  - 'a.yaml'\nrules: {}\n", edited);
    }

    [Fact]
    public void TurnsAScalarIntoAList()
    {
        var edited = ConfigListEditor.Add("custom-rules: a.yaml\n", "custom-rules", "b.yaml", "b.yaml", out _);

        Assert.Equal("custom-rules: [a.yaml, 'b.yaml']\n", edited);
    }

    [Fact]
    public void LeavesTheTextAloneWhenAGlobAlreadyCoversThePath()
    {
        var text = "custom-rules:\n  - rules/*.yaml\n";

        var edited = ConfigListEditor.Add(text, "custom-rules", "rules/X001.yaml", "rules/X001.yaml", out var changed);

        Assert.False(changed);
        Assert.Same(text, edited);
    }
}
