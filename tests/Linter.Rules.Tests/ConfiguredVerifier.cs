using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Testing;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Tests;

/// <summary>
/// Runs one rule over a fixture with analysis options (rule options, cited documents), which the
/// shared <see cref="RuleTester"/> does not take, and asserts the marked spans.
/// </summary>
internal static class ConfiguredVerifier
{
    public static ImmutableArray<Diagnostic> Verify(Rule rule, string markup, AnalysisOptions options, string path = "test.txt")
    {
        var fixture = FixtureMarkup.Parse(markup);
        var tree = SyntaxTree.Parse(SourceText.From(fixture.Text), path);
        var ids = rule.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var all = new AnalysisEngine([rule]).Analyze(tree, options);
        Assert.DoesNotContain(all, d => d.Id == EngineDiagnostics.RuleFailureId);
        var diagnostics = all.Where(d => ids.Contains(d.Id)).ToImmutableArray();
        Assert.Equal(
            fixture.Expected.Select(e => e.Span).ToList(),
            diagnostics.Select(d => d.Location.Span).ToList());
        return diagnostics;
    }

    /// <summary>Options that configure <paramref name="id"/> with <paramref name="values"/> and switch it on.</summary>
    public static AnalysisOptions WithRule(string id, params (string Key, object Value)[] values) =>
        AnalysisOptions.Default with
        {
            Rules = AnalysisOptions.Default.Rules.SetItem(
                id, new RuleConfiguration(true, null, new RuleOptions(values.Select(v => KeyValuePair.Create(v.Key, v.Value))))),
        };
}
