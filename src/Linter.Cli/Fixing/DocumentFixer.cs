using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Fixing;

/// <summary>
/// Applies fixes to one document until nothing more is fixable: lint, apply every non-overlapping
/// fix of the allowed grade, re-parse, re-lint. A fix can enable another (or one was skipped because
/// it overlapped), so one pass is not enough; the passes are bounded, as Ruff bounds them, so two
/// rules that undo each other cannot loop forever.
/// </summary>
internal static class DocumentFixer
{
    /// <summary>The most passes over one document, as Ruff's test harness allows.</summary>
    public const int MaxPasses = 10;

    /// <summary>Fixes <paramref name="tree"/>'s text with the fixes no more dangerous than <paramref name="allowed"/>.</summary>
    public static FixOutcome Fix(AnalysisEngine engine, SyntaxTree tree, EffectiveConfiguration configuration, Applicability allowed)
    {
        var original = tree.Text;
        var text = original;
        var diagnostics = engine.Analyze(tree, configuration.Analysis);
        var applied = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var (next, count) = FixApplier.Apply(text, Allowed(diagnostics, allowed));
            if (count == 0)
            {
                return new FixOutcome(original, text, applied, diagnostics, Converged: true);
            }

            applied += count;
            text = next;
            diagnostics = engine.Analyze(SyntaxTree.Parse(text, tree.FilePath, configuration.Parse), configuration.Analysis);
        }

        var converged = !Allowed(diagnostics, allowed).Any();
        return new FixOutcome(original, text, applied, diagnostics, converged);
    }

    /// <summary>The fixes of <paramref name="diagnostics"/> that the run may apply, in diagnostic order (so the result does not depend on scheduling).</summary>
    public static IEnumerable<Fix> Allowed(ImmutableArray<Diagnostic> diagnostics, Applicability allowed)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Fix is { } fix && fix.Applicability <= allowed)
            {
                yield return fix;
            }
        }
    }

    /// <summary>The bytes to write for <paramref name="text"/>: its encoding, and the BOM exactly when the file had one.</summary>
    public static byte[] Encode(SourceText text, byte[] originalBytes)
    {
        var encoding = text.Encoding ?? new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var preamble = encoding.GetPreamble();
        var keepPreamble = preamble.Length > 0 && originalBytes.AsSpan().StartsWith(preamble);
        var body = encoding.GetBytes(text.ToString());
        return keepPreamble ? [.. preamble, .. body] : body;
    }
}
