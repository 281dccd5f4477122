using System.Collections.Immutable;
using System.Text;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace Linter.Rules.Tests;

/// <summary>Runs one rule over marked-up text and compares what it reports with the marks.</summary>
internal static class RuleVerifier
{
    private const int MaxFixPasses = 10;

    /// <summary>Asserts that <paramref name="rule"/> reports exactly at the <c>[|…|]</c> spans of <paramref name="markup"/>, and nowhere else.</summary>
    public static ImmutableArray<Diagnostic> Verify(Rule rule, string markup, string path = "test.txt")
    {
        var (text, expected) = Markup.Parse(markup);
        var diagnostics = Analyze(rule, text, path);
        var actual = diagnostics.Select(d => d.Location.Span).ToList();
        if (!actual.SequenceEqual(expected))
        {
            throw new XunitException(
                $"The rule reported other spans than the markup says.{Environment.NewLine}Expected:{Environment.NewLine}{markup}{Environment.NewLine}Actual:{Environment.NewLine}{Markup.Render(text, actual)}");
        }

        return diagnostics;
    }

    /// <summary>Asserts the diagnostics as <see cref="Verify"/> does, then applies every fix until none is left and compares the result.</summary>
    public static void VerifyFix(Rule rule, string markup, string fixedText, string path = "test.txt")
    {
        var (text, _) = Markup.Parse(markup);
        Assert.NotEqual(text, fixedText);
        Verify(rule, markup, path);

        var current = text;
        for (var pass = 0; pass < MaxFixPasses; pass++)
        {
            var fixes = Analyze(rule, current, path).Select(d => d.Fix).OfType<Fix>().ToList();
            if (fixes.Count == 0)
            {
                Assert.Equal(fixedText, current);
                Assert.Empty(SyntaxTree.Parse(current, path).Diagnostics);
                return;
            }

            current = Apply(current, fixes);
        }

        throw new XunitException($"Fixes did not converge in {MaxFixPasses} passes; last text:{Environment.NewLine}{current}");
    }

    private static ImmutableArray<Diagnostic> Analyze(Rule rule, string text, string path)
    {
        var tree = SyntaxTree.Parse(text, path);
        Assert.Equal(text, tree.Root.ToFullString());
        var ids = rule.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var diagnostics = new AnalysisEngine([rule]).Analyze(tree);
        var failure = diagnostics.FirstOrDefault(d => d.Id == EngineDiagnostics.RuleFailureId);
        if (failure is not null)
        {
            throw new XunitException(failure.Message);
        }

        return [.. diagnostics.Where(d => ids.Contains(d.Id))];
    }

    /// <summary>Applies the changes of the fixes that do not overlap an earlier one, as <c>--fix</c> will.</summary>
    private static string Apply(string text, IEnumerable<Fix> fixes)
    {
        var accepted = new List<TextChange>();
        foreach (var fix in fixes)
        {
            if (fix.Changes.All(c => accepted.All(a => !a.Span.OverlapsWith(c.Span) && a.Span.Start != c.Span.Start)))
            {
                accepted.AddRange(fix.Changes);
            }
        }

        var builder = new StringBuilder(text);
        foreach (var change in accepted.OrderByDescending(c => c.Span.Start))
        {
            builder.Remove(change.Span.Start, change.Span.Length).Insert(change.Span.Start, change.NewText);
        }

        return builder.ToString();
    }
}
