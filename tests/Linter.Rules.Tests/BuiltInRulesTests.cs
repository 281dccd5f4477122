using System.Reflection;

namespace Linter.Rules.Tests;

public sealed class BuiltInRulesTests
{
    [Fact]
    public void EveryRuleHasItsDocumentationPageAsHelpLink()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")))!;
        foreach (var descriptor in BuiltInRules.Catalog)
        {
            Assert.NotNull(descriptor.HelpLink);
            var page = Path.Combine(root, descriptor.HelpLink);
            Assert.True(File.Exists(page), $"{descriptor.Id}: {page} does not exist");
            Assert.StartsWith($"# {descriptor.Id} {descriptor.Name}", File.ReadAllText(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryDocumentationPageHasTheRequiredSections()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")))!;
        foreach (var descriptor in BuiltInRules.Catalog)
        {
            var page = File.ReadAllText(Path.Combine(root, descriptor.HelpLink!));
            foreach (var section in new[] { "## What it flags", "## Why", "## Example", "## Use instead", "## Fix safety" })
            {
                Assert.Contains(section, page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void TheCatalogListsTheEngineDiagnosticsWithTheRules()
    {
        var ids = BuiltInRules.Catalog.Select(d => d.Id).ToList();

        Assert.Contains("SL0001", ids);
        Assert.Contains("SL0002", ids);
        Assert.Contains("SL9001", ids);
        Assert.Contains("SL0004", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void EveryRuleIdIsDeclaredOnceAndListedInRuleIds()
    {
        var ids = BuiltInRules.All.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).ToList();
        var table = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
        Assert.All(ids, id => Assert.Contains(id, table));
        Assert.Equal(table.Distinct(StringComparer.Ordinal).Count(), table.Count);
    }
}
