using BenchmarkDotNet.Attributes;
using Linter.Analysis;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Benchmarks;

/// <summary>
/// Engine throughput with every built-in rule: parse and analyse every corpus document, as
/// <c>stmtlint check --no-cache</c> does per file. The engine's share is this minus
/// <see cref="ParserBenchmarks.Parse"/>. Trees are not parsed once and kept, because red nodes are
/// cached in a tree: a second analysis of the same tree would skip work a real run does.
/// </summary>
[Input(InputSet.Corpus)]
public class EngineBenchmarks
{
    private IReadOnlyList<Document> _documents = [];
    private AnalysisEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = Inputs.Get(InputSet.Corpus);
        _engine = new AnalysisEngine(BuiltInRules.All);
    }

    [Benchmark]
    public int ParseAndAnalyze()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += _engine.Analyze(SyntaxTree.Parse(document.Bytes, document.Path)).Length;
        }

        return count;
    }
}
