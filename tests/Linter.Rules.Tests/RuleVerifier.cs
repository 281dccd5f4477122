using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Testing;
using Xunit.Sdk;

namespace Linter.Rules.Tests;

/// <summary>xunit's face of <see cref="RuleTester"/>: the fixture format and runner that <c>stmtlint test-rules</c> uses too.</summary>
internal static class RuleVerifier
{
    /// <summary>Asserts that <paramref name="rule"/> reports exactly at the marked spans and offers no fix.</summary>
    public static ImmutableArray<Diagnostic> Verify(Rule rule, string markup, string path = "test.txt") =>
        Run([rule], markup, path, fixedText: null, fixesChecked: true);

    /// <summary>Asserts the marked spans only, for a test that then inspects the diagnostics and their fixes itself.</summary>
    public static ImmutableArray<Diagnostic> VerifyDiagnostics(Rule rule, string markup, string path = "test.txt") =>
        Run([rule], markup, path, fixedText: null, fixesChecked: false);

    /// <summary>Asserts the marked spans, then applies every fix until none is left and compares the result.</summary>
    public static ImmutableArray<Diagnostic> VerifyFix(Rule rule, string markup, string fixedText, string path = "test.txt") =>
        Run([rule], markup, path, fixedText, fixesChecked: true);

    /// <summary>Runs several rules over one fixture written with <c>{|ID:…|}</c> marks.</summary>
    public static ImmutableArray<Diagnostic> Verify(IEnumerable<Rule> rules, string markup, string path = "test.txt", string? fixedText = null) =>
        Run(rules, markup, path, fixedText, fixesChecked: true);

    private static ImmutableArray<Diagnostic> Run(IEnumerable<Rule> rules, string markup, string path, string? fixedText, bool fixesChecked)
    {
        var result = new RuleTester(rules).Run(markup, path, fixedText, fixesChecked);
        if (!result.Passed)
        {
            throw new XunitException(result.Describe());
        }

        return result.Diagnostics;
    }
}
