using Linter.Analysis;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Fuzz;

/// <summary>
/// What the fuzzer runs on each input. The oracle is the parser's contract: no exception, and the tree gives back exactly the
/// text it was parsed from; for <see cref="Analyze"/> also no rule failure (SL9001), every diagnostic inside the text, and every
/// fix applicable with a text that parses losslessly again.
/// </summary>
internal static class FuzzTargets
{
    // Built on first use, inside the fuzzing loop: instrumented code must not run before SharpFuzz has set up its coverage map.
    private static readonly Lazy<AnalysisEngine> s_engine = new(() => new AnalysisEngine(BuiltInRules.All));

    /// <summary>The targets by name, as <c>scripts/fuzz.sh</c> and <c>--replay</c> take them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> ByName { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["text"] = PlainText,
        ["markdown"] = Markdown,
        ["analyze"] = Analyze,
    };

    /// <summary>The bytes as a plain-text document.</summary>
    public static void PlainText(byte[] bytes) => CheckRoundTrip(SyntaxTree.Parse(bytes, "fuzz.txt"));

    /// <summary>The bytes as a Markdown document, front matter included.</summary>
    public static void Markdown(byte[] bytes) => CheckRoundTrip(SyntaxTree.Parse(bytes, "fuzz.md"));

    /// <summary>
    /// The first byte picks the format (even: plain text, odd: Markdown), the rest is the document; it is parsed, analysed with
    /// every built-in rule and fixed with every fix on offer, safe or not.
    /// </summary>
    public static void Analyze(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        var path = (bytes[0] & 1) == 0 ? "fuzz.txt" : "fuzz.md";
        var tree = SyntaxTree.Parse(bytes[1..], path);
        CheckRoundTrip(tree);
        var diagnostics = s_engine.Value.Analyze(tree);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id == EngineDiagnostics.RuleFailureId)
            {
                throw new FuzzOracleException($"A rule failed: {diagnostic.Message}");
            }

            if (diagnostic.Location.Span.End > tree.Text.Length)
            {
                throw new FuzzOracleException($"{diagnostic.Id} at {diagnostic.Location.Span} lies outside the text ({tree.Text.Length}).");
            }
        }

        var fixes = diagnostics.Select(d => d.Fix).OfType<Fix>();
        var (fixedText, applied) = FixApplier.Apply(tree.Text, fixes);
        if (applied > 0)
        {
            CheckRoundTrip(SyntaxTree.Parse(fixedText, path));
        }
    }

    private static void CheckRoundTrip(SyntaxTree tree)
    {
        var text = tree.Text.ToString();
        var full = tree.Root.ToFullString();
        if (!string.Equals(full, text, StringComparison.Ordinal))
        {
            throw new FuzzOracleException($"The tree is not lossless: {full.Length} characters rebuilt from a text of {text.Length}.");
        }

        foreach (var diagnostic in tree.Diagnostics)
        {
            if (diagnostic.Span.End > text.Length)
            {
                throw new FuzzOracleException($"Syntax diagnostic {diagnostic.Id} at {diagnostic.Span} lies outside the text ({text.Length}).");
            }
        }
    }
}
