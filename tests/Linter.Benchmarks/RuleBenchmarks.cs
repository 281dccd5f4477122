using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Linter.Analysis;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Benchmarks;

/// <summary>
/// The cost of each built-in rule alone: parse and analyse a sample of the corpus with an engine
/// holding that one rule. <c>(none)</c> is an engine with no rule (parsing, the walk and the
/// suppression filter); the <see cref="RuleCostColumn"/> subtracts it. A rule that asks for the
/// semantic model pays for building it here; with all rules, that cost is shared.
/// </summary>
[Input(InputSet.Sample)]
public class RuleBenchmarks
{
    public const string NoRule = "(none)";

    private IReadOnlyList<Document> _documents = [];
    private AnalysisEngine _engine = null!;
    private AnalysisOptions _options = AnalysisOptions.Default;

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = NoRule;

    public static IEnumerable<string> RuleIds() =>
        [NoRule, .. BuiltInRules.All.Select(r => r.SupportedDiagnostics[0].Id)];

    [GlobalSetup]
    public void Setup()
    {
        _documents = Inputs.Get(InputSet.Sample);
        _engine = new AnalysisEngine(Rule == NoRule ? [] : BuiltInRules.All.Where(r => r.SupportedDiagnostics[0].Id == Rule));

        // Every ID of the rule switched on, so that a rule off by default (SL2007) is measured too.
        var on = new RuleConfiguration(Enabled: true, Severity: null, RuleOptions.Empty);
        _options = AnalysisOptions.Default with
        {
            Rules = _engine.SupportedDiagnostics.ToImmutableDictionary(d => d.Id, _ => on, StringComparer.OrdinalIgnoreCase),
        };
    }

    [Benchmark]
    public int ParseAndAnalyze()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += _engine.Analyze(SyntaxTree.Parse(document.Bytes, document.Path), _options).Length;
        }

        return count;
    }
}
