using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Tests.Fuzz;

/// <summary>
/// Inputs that afl-fuzz kept because they reached new code (tests/Linter.Fuzz), replayed with the fuzz oracle: no exception,
/// a lossless tree, no rule failure, diagnostics inside the text, and fixed text that parses losslessly. A crash the fuzzer
/// finds goes into <c>Inputs/&lt;target&gt;/</c> beside them, so that it stays fixed.
/// </summary>
/// <remarks>
/// <c>analyze</c> inputs start with a byte that picks the format (even: plain text, odd: Markdown), as the fuzz target reads
/// them; <c>markdown</c> and <c>text</c> inputs are documents of that format.
/// </remarks>
public sealed class FuzzInputTests
{
    private static readonly AnalysisEngine s_engine = new(BuiltInRules.All);

    public static TheoryData<string> Inputs()
    {
        var directory = InputDirectory();
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.bin", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(directory, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void TheFuzzInputsAreThere() => Assert.True(Inputs().Count >= 100, $"expected the fuzz inputs under {InputDirectory()}");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void FuzzInputKeepsTheOracle(string input)
    {
        var bytes = File.ReadAllBytes(Path.Combine(InputDirectory(), input));
        var target = input[..input.IndexOf('/', StringComparison.Ordinal)];
        var (document, path) = target switch
        {
            "analyze" when bytes.Length == 0 => (bytes, "fuzz.txt"),
            "analyze" => (bytes[1..], (bytes[0] & 1) == 0 ? "fuzz.txt" : "fuzz.md"),
            "markdown" => (bytes, "fuzz.md"),
            _ => (bytes, "fuzz.txt"),
        };

        var tree = SyntaxTree.Parse(document, path);
        var text = tree.Text.ToString();
        Assert.Equal(text, tree.Root.ToFullString());
        Assert.All(tree.Diagnostics, d => Assert.True(d.Span.End <= text.Length, $"{d.Id} at {d.Span} lies outside the text"));

        var diagnostics = s_engine.Analyze(tree);
        Assert.All(diagnostics, d =>
        {
            Assert.False(d.Id == EngineDiagnostics.RuleFailureId, d.Message);
            Assert.True(d.Location.Span.End <= text.Length, $"{d.Id} at {d.Location.Span} lies outside the text");
        });

        var (fixedText, applied) = FixApplier.Apply(tree.Text, diagnostics.Select(d => d.Fix).OfType<Fix>());
        if (applied > 0)
        {
            var fixedTree = SyntaxTree.Parse(fixedText, path);
            Assert.Equal(fixedText.ToString(), fixedTree.Root.ToFullString());
        }
    }

    private static string InputDirectory() => Path.Combine(RepositoryPaths.Root, "tests", "Linter.Rules.Tests", "Fuzz", "Inputs");
}
