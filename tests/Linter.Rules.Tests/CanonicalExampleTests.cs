using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Tests;

public sealed class CanonicalExampleTests
{
    [Fact]
    public void TheWholeCatalogReportsExactlyTheExpectedStyleAndBoilerplateFindings()
    {
        var tree = SyntaxTree.Parse(File.ReadAllBytes(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")), "spokesperson-remarks-2022-04-29.txt");

        var found = new AnalysisEngine(BuiltInRules.All).Analyze(tree)
            .Where(d => d.Id.StartsWith("SL3", StringComparison.Ordinal) || d.Id.StartsWith("SL4", StringComparison.Ordinal))
            .Select(d => $"{d.Id}@{d.Location.LineSpan.Start.Line + 1}");

        Assert.Equal(
            [
                "SL4002@1",
                "SL4004@11", "SL4004@13", "SL4004@15", "SL4004@17", "SL4004@19", "SL4004@21",
                "SL3006@23", "SL4004@23",
                "SL4002@27", "SL4002@28",
            ],
            found);
    }
}
