using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Testing;
using Linter.Rules;

namespace Linter.CustomRules.Tests;

/// <summary>Loads YAML rule text through the public loader, as <c>check</c> does, and tests it with the shared fixture runner.</summary>
internal static class YamlRules
{
    public static CustomRuleSet LoadSet(params string[] files)
    {
        var folder = new RuleFolder();
        var paths = files.Select((text, i) => folder.Write($"rules{i}.yaml", text)).ToList();
        return new CustomRuleLoader(Linter.Analysis.Configuration.RuleCatalog.FromRules(BuiltInRules.All), new CustomRuleLoadOptions()).Load(paths);
    }

    /// <summary>The rules of one valid rule file; fails the test with the loader's errors otherwise.</summary>
    public static ImmutableArray<Rule> Load(string yaml)
    {
        var set = LoadSet(yaml);
        Assert.True(set.Errors.IsEmpty, string.Join(Environment.NewLine, set.Errors));
        return [.. set.AllRules];
    }

    /// <summary>The errors of one rule file, as "line:col: message".</summary>
    public static IReadOnlyList<string> Errors(string yaml) =>
        [.. LoadSet(yaml).Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")];

    /// <summary>Runs a fixture against the rule file's rules; fails with the tester's report when it does not pass.</summary>
    public static void Verify(string yaml, string markup, string? fixedText = null, string path = "fixture.md")
    {
        var result = new RuleTester(Load(yaml)).Run(markup, path, fixedText);
        Assert.True(result.Passed, result.Describe());
    }
}
