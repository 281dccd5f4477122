using System.Collections.Immutable;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Testing;

/// <summary>
/// Runs rules over fixtures written in <see cref="FixtureMarkup"/> and compares what they report,
/// and what their fixes produce, with what the fixture states. Used by the built-in rules' tests and
/// by <c>stmtlint test-rules</c>: one format and one runner for everyone.
/// </summary>
public sealed class RuleTester
{
    /// <summary>Fixes must settle within this many passes, as Ruff requires.</summary>
    public const int MaxFixPasses = 10;

    private readonly AnalysisEngine _engine;
    private readonly ImmutableHashSet<string> _testedIds;
    private readonly ParseOptions _parseOptions;
    private readonly AnalysisOptions _analysisOptions;

    /// <summary>Creates a tester for <paramref name="rules"/>; only their diagnostics are compared.</summary>
    /// <param name="rules">The rules under test.</param>
    /// <param name="parseOptions">The vocabulary to parse with; the default when null.</param>
    /// <param name="analysisOptions">Rule severities and options and cited documents, as configuration would set them.</param>
    public RuleTester(IEnumerable<Rule> rules, ParseOptions? parseOptions = null, AnalysisOptions? analysisOptions = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToList();
        _engine = new AnalysisEngine(list);
        _testedIds = list.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
        _parseOptions = parseOptions ?? ParseOptions.Default;
        _analysisOptions = analysisOptions ?? AnalysisOptions.Default;
    }

    /// <summary>Runs one fixture.</summary>
    /// <param name="markup">The document with <c>[|…|]</c> or <c>{|ID:…|}</c> around each expected diagnostic.</param>
    /// <param name="path">The file name the document is parsed as; its extension picks the form.</param>
    /// <param name="fixedText">
    /// The text expected after applying every fix (safe and unsafe) until none is left; null when the
    /// fixture states none, in which case no diagnostic may offer a fix.
    /// </param>
    /// <param name="fixesChecked">
    /// False to look at diagnostics only, for a test that inspects a fix's details itself.
    /// </param>
    public RuleTestResult Run(string markup, string path = "fixture.txt", string? fixedText = null, bool fixesChecked = true)
    {
        var failures = ImmutableArray.CreateBuilder<string>();
        FixtureMarkup fixture;
        try
        {
            fixture = FixtureMarkup.Parse(markup);
        }
        catch (FormatException e)
        {
            return new RuleTestResult([$"The fixture's markup is malformed: {e.Message}"], markup, markup, [], null);
        }

        var bare = fixture.Expected.Any(e => e.Id is null);
        if (bare && _testedIds.Count != 1)
        {
            failures.Add($"'[|…|]' needs a single tested rule ID; these rules declare {_testedIds.Count}: write '{{|ID:…|}}' instead.");
        }

        var diagnostics = Analyze(fixture.Text, path, failures);
        var actual = diagnostics.Select(d => new ExpectedDiagnostic(bare ? null : d.Id, d.Location.Span)).ToList();
        var expected = fixture.Expected.Select(e => bare && e.Id is not null && _testedIds.Count == 1 ? e with { Id = null } : e).ToList();
        if (!actual.SequenceEqual(expected))
        {
            failures.Add("The rules reported other diagnostics than the fixture marks.");
        }

        string? fixedResult = null;
        if (fixedText is not null)
        {
            fixedResult = ApplyFixes(fixture.Text, path, failures);
            if (fixedText == fixture.Text)
            {
                failures.Add("The stated fixed text equals the input: a fixture that expects no fix states no fixed text.");
            }
            else if (fixedResult != fixedText)
            {
                failures.Add("Applying the fixes gave another text than the fixture states.");
            }
        }
        else if (fixesChecked && diagnostics.Any(d => d.Fix is not null))
        {
            failures.Add("A diagnostic offers a fix, but the fixture states no fixed text.");
        }

        return new RuleTestResult(failures.ToImmutable(), markup, FixtureMarkup.Render(fixture.Text, actual), diagnostics, fixedResult);
    }

    private ImmutableArray<Diagnostic> Analyze(string text, string path, ImmutableArray<string>.Builder failures)
    {
        var tree = SyntaxTree.Parse(SourceText.From(text), path, _parseOptions);
        if (tree.Root.ToFullString() != text)
        {
            failures.Add("The parser lost text: the tree does not round-trip the fixture.");
        }

        var all = _engine.Analyze(tree, _analysisOptions);
        foreach (var failure in all.Where(d => d.Id == EngineDiagnostics.RuleFailureId))
        {
            failures.Add(failure.Message);
        }

        return [.. all.Where(d => _testedIds.Contains(d.Id))];
    }

    private string ApplyFixes(string text, string path, ImmutableArray<string>.Builder failures)
    {
        var current = SourceText.From(text);
        for (var pass = 0; pass < MaxFixPasses; pass++)
        {
            var scratch = ImmutableArray.CreateBuilder<string>();
            var fixes = Analyze(current.ToString(), path, scratch).Select(d => d.Fix).OfType<Fix>().ToList();
            var (next, applied) = FixApplier.Apply(current, fixes);
            if (applied == 0)
            {
                var before = SyntaxTree.Parse(SourceText.From(text), path, _parseOptions).Diagnostics.Length;
                if (SyntaxTree.Parse(current, path, _parseOptions).Diagnostics.Length > before)
                {
                    failures.Add("The fixes introduced syntax errors.");
                }

                return current.ToString();
            }

            current = next;
        }

        failures.Add($"The fixes did not settle within {MaxFixPasses} passes.");
        return current.ToString();
    }
}
