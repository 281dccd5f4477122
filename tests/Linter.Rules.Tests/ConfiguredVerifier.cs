using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Testing;

namespace Linter.Rules.Tests;

/// <summary>
/// Runs one rule over a fixture with analysis options (rule options, cited documents) and asserts
/// the marked spans; fixes are checked by the tests that state a fixed text.
/// </summary>
internal static class ConfiguredVerifier
{
    public static ImmutableArray<Diagnostic> Verify(Rule rule, string markup, AnalysisOptions options, string path = "test.txt")
    {
        var result = new RuleTester([rule], analysisOptions: options).Run(markup, path, fixesChecked: false);
        if (!result.Passed)
        {
            throw new Xunit.Sdk.XunitException(result.Describe());
        }

        return result.Diagnostics;
    }

    /// <summary>Options that configure <paramref name="id"/> with <paramref name="values"/> and switch it on.</summary>
    public static AnalysisOptions WithRule(string id, params (string Key, object Value)[] values) =>
        AnalysisOptions.Default with
        {
            Rules = AnalysisOptions.Default.Rules.SetItem(
                id, new RuleConfiguration(true, null, new RuleOptions(values.Select(v => KeyValuePair.Create(v.Key, v.Value))))),
        };
}
