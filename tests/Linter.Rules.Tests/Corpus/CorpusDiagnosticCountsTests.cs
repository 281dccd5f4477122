using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Tests.Corpus;

/// <summary>
/// Runs the whole catalog over the real documents and approves how many diagnostics each rule
/// reports, so that a change of behaviour on real text shows in review as a changed count. The
/// Chinese folder is counted in a column of its own, beside the English folders' figures.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CorpusDiagnosticCountsTests
{
    [Fact]
    public void CountsPerRuleOnTheCorpusMatchTheApprovedOnes()
    {
        // SOURCES.md describes the corpus; it is not a statement.
        var files = RepositoryPaths.Documents(RepositoryPaths.Corpus)
            .Where(f => !string.Equals(RepositoryPaths.RelativeToCorpus(f), "SOURCES.md", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 2900, $"Expected the whole corpus, found {files.Count} documents under {RepositoryPaths.Corpus}.");

        var engine = new AnalysisEngine(BuiltInRules.All);
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var chineseCounts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            var tree = SyntaxTree.Parse(File.ReadAllBytes(file), file);
            var tally = IsChinese(file) ? chineseCounts : counts;
            foreach (var diagnostic in engine.Analyze(tree))
            {
                tally.AddOrUpdate(diagnostic.Id, 1, (_, count) => count + 1);
                if (diagnostic.Id == EngineDiagnostics.RuleFailureId)
                {
                    failures.Add($"{RepositoryPaths.RelativeToCorpus(file)}: {diagnostic.Message}");
                }
            }
        });

        Assert.True(failures.IsEmpty, "Rules threw on real documents:\n" + string.Join('\n', failures.Order(StringComparer.Ordinal)));

        var report = new StringBuilder();
        var chinese = files.Count(IsChinese);
        report.Append(CultureInfo.InvariantCulture, $"{files.Count - chinese} English documents under ../shared/corpus, and {chinese} in {ChineseFolder} (zh column)\n");
        foreach (var descriptor in BuiltInRules.Catalog)
        {
            var count = counts.GetValueOrDefault(descriptor.Id);
            var zh = chineseCounts.GetValueOrDefault(descriptor.Id);
            report.Append(CultureInfo.InvariantCulture, $"{descriptor.Id} {descriptor.Name,-28} {count,7}   zh {zh,7}\n");
        }

        Approved.Verify(report.ToString(), "tests/Linter.Rules.Tests/Corpus", "CorpusDiagnosticCountsTests.CountsPerRule");
    }

    private const string ChineseFolder = "fmprc-zh-presscon";

    private static bool IsChinese(string file) => RepositoryPaths.RelativeToCorpus(file).StartsWith(ChineseFolder + "/", StringComparison.Ordinal);
}
