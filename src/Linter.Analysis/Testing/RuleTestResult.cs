using System.Collections.Immutable;

namespace Linter.Analysis.Testing;

/// <summary>The outcome of one fixture: whether it passed, and what was expected and reported, as markup.</summary>
/// <param name="Failures">Why the fixture failed, one sentence each; empty when it passed.</param>
/// <param name="ExpectedMarkup">The fixture as written.</param>
/// <param name="ActualMarkup">The fixture's text with what the rules reported marked in, in the same style.</param>
/// <param name="Diagnostics">Every diagnostic of the tested rules on the fixture's text.</param>
/// <param name="FixedText">The text after applying fixes until none is left, when a fixed text was expected.</param>
public sealed record RuleTestResult(
    ImmutableArray<string> Failures,
    string ExpectedMarkup,
    string ActualMarkup,
    ImmutableArray<Diagnostic> Diagnostics,
    string? FixedText)
{
    public bool Passed => Failures.IsEmpty;

    /// <summary>A report for a person: the failures, then expected and actual markup.</summary>
    public string Describe() =>
        Passed
            ? "passed"
            : string.Join(Environment.NewLine, Failures) + Environment.NewLine
                + "Expected:" + Environment.NewLine + ExpectedMarkup + Environment.NewLine
                + "Actual:" + Environment.NewLine + ActualMarkup
                + (FixedText is null ? string.Empty : Environment.NewLine + "Fixed text:" + Environment.NewLine + FixedText);
}
