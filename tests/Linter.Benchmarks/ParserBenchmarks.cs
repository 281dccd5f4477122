using BenchmarkDotNet.Attributes;
using Linter.Syntax;

namespace Linter.Benchmarks;

/// <summary>Parser throughput: bytes to a full syntax tree (decoding, segmenting, lexing, building), every corpus document.</summary>
[Input(InputSet.Corpus)]
public class ParserBenchmarks
{
    private IReadOnlyList<Document> _documents = [];

    [GlobalSetup]
    public void Setup() => _documents = Inputs.Get(InputSet.Corpus);

    [Benchmark]
    public int Parse()
    {
        var width = 0;
        foreach (var document in _documents)
        {
            // The red root is what every rule starts from, so creating it belongs to parsing.
            width += SyntaxTree.Parse(document.Bytes, document.Path).Root.FullSpan.Length;
        }

        return width;
    }
}
