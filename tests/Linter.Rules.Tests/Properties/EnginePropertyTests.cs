using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsCheck;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Tests.Properties;

/// <summary>
/// Every built-in rule over generated documents, as plain text and as Markdown: no rule fails (SL9001), every diagnostic and
/// every fix lies inside the text, the same tree gives the same diagnostics twice, and fixing to a fixpoint converges, changes
/// nothing outside the offered fix spans and leaves a text that parses losslessly.
/// </summary>
public sealed class EnginePropertyTests
{
    private static readonly AnalysisEngine s_engine = new(BuiltInRules.All);

    /// <summary>The documents: statement-like ones most often, then labels, quotes, front matter and arbitrary characters.</summary>
    private static readonly Gen<(string Text, bool Markdown)> s_documents = Gen.Select(
        Gen.Frequency(
            (5, DocumentGenerators.StatementLike()),
            (2, DocumentGenerators.SpeakerLabels),
            (2, DocumentGenerators.UnbalancedQuotes),
            (2, DocumentGenerators.FrontMatter),
            (1, DocumentGenerators.LineEndingMixes),
            (1, DocumentGenerators.UnicodeStrings)),
        Gen.Bool);

    [Fact]
    public void RulesNeverFailAndReportOnlyInsideTheText() =>
        s_documents.Sample(document =>
        {
            var tree = Parse(document);
            var diagnostics = s_engine.Analyze(tree);
            var length = tree.Text.Length;
            foreach (var diagnostic in diagnostics)
            {
                Assert.False(diagnostic.Id == EngineDiagnostics.RuleFailureId, diagnostic.Message);
                Assert.True(diagnostic.Location.Span.End <= length, $"{diagnostic.Id} at {diagnostic.Location.Span} lies outside the text ({length})");
                if (diagnostic.Fix is { } fix)
                {
                    Assert.All(fix.Changes, change => Assert.True(change.Span.End <= length, $"a fix of {diagnostic.Id} changes {change.Span}, outside the text"));
                }
            }

            // Same tree, same diagnostics, in the same (sorted) order.
            Assert.Equal(Describe(diagnostics), Describe(s_engine.Analyze(tree)));
            Assert.Equal(Describe(diagnostics), Describe(s_engine.Analyze(Parse(document))));
        }, iter: PropertyRuns.Iterations(1000), print: Print);

    [Fact]
    public void FixingConvergesAndChangesNothingOutsideTheFixSpans() =>
        s_documents.Sample(document =>
        {
            var tree = Parse(document);
            var text = tree.Text.ToString();
            var diagnostics = s_engine.Analyze(tree);
            for (var pass = 0; pass < 10; pass++)
            {
                var fixes = diagnostics.Select(d => d.Fix).OfType<Fix>().ToList();
                var (next, applied) = FixApplier.Apply(SourceText.From(text), fixes);
                if (applied == 0)
                {
                    return;
                }

                var fixedText = next.ToString();
                var outside = FixConfinement.FindChangeOutside(text, fixedText, fixes.SelectMany(f => f.Changes).Select(c => (c.Span.Start, c.Span.End)));
                Assert.True(outside is null, $"pass {pass + 1}: {outside}");

                var fixedTree = SyntaxTree.Parse(fixedText, tree.FilePath);
                Assert.Equal(fixedText, fixedTree.Root.ToFullString());
                text = fixedText;
                diagnostics = s_engine.Analyze(fixedTree);
                Assert.DoesNotContain(diagnostics, d => d.Id == EngineDiagnostics.RuleFailureId);
            }

            Assert.Fail("fixes did not converge in 10 passes: " + string.Join(", ", diagnostics.Where(d => d.Fix is not null).Select(d => $"{d.Id}{d.Location.Span}")));
        }, iter: PropertyRuns.Iterations(600), print: Print);

    [Theory]
    [InlineData("Trade is up .  \n", "x.txt")]
    [InlineData("“One” and \"two\" and ‘three’ and 'four'.  \n\nPrint\n", "x.md")]
    public void FixConfinementCatchesAChangeOutsideTheSpans(string text, string path)
    {
        var tree = SyntaxTree.Parse(text, path);
        var spans = s_engine.Analyze(tree).Select(d => d.Fix).OfType<Fix>().SelectMany(f => f.Changes).Select(c => (c.Span.Start, c.Span.End)).ToList();
        Assert.NotEmpty(spans);

        // The check itself: a text changed only inside the spans passes, one changed at the start does not.
        Assert.Null(FixConfinement.FindChangeOutside(text, text, spans));
        Assert.NotNull(FixConfinement.FindChangeOutside(text, "X" + text[1..], spans));
    }

    private static SyntaxTree Parse((string Text, bool Markdown) document) =>
        SyntaxTree.Parse(document.Text, document.Markdown ? "generated.md" : "generated.txt");

    private static List<string> Describe(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Location.Span} {d.Id} {d.Severity} {d.Message} {(d.Fix is null ? "" : string.Join(";", d.Fix.Changes))}")];

    private static string Print((string Text, bool Markdown) document)
    {
        var builder = new StringBuilder(document.Markdown ? "md \"" : "txt \"");
        foreach (var c in document.Text)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.Append('"').ToString();
    }
}
