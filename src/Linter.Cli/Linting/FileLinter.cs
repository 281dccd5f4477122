using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Cli.Fixing;
using Linter.Syntax;

namespace Linter.Cli.Linting;

/// <summary>
/// The per-document step that <c>check</c> and the language server share: parse the bytes with the
/// plan's vocabulary, run the plan's rules (whose enablement already carries the command line's
/// rule selection), and let the engine apply inline suppressions. Whatever front end calls it, the
/// same bytes and plan give the same diagnostics.
/// </summary>
internal static class FileLinter
{
    /// <summary>Parses and analyses <paramref name="bytes"/> as the document printed as <paramref name="displayPath"/>.</summary>
    public static LintResult Lint(byte[] bytes, string displayPath, ConfigurationPlan plan, CancellationToken cancellationToken = default)
    {
        var tree = Parse(bytes, displayPath, plan);
        return new LintResult(tree, Analyze(tree, plan, cancellationToken));
    }

    /// <summary>The tree of <paramref name="bytes"/>, parsed as <see cref="Lint"/> parses it.</summary>
    public static SyntaxTree Parse(byte[] bytes, string displayPath, ConfigurationPlan plan) =>
        SyntaxTree.Parse(bytes, displayPath, plan.Configuration.Parse);

    /// <summary>The diagnostics of <paramref name="tree"/> under <paramref name="plan"/>.</summary>
    public static ImmutableArray<Diagnostic> Analyze(SyntaxTree tree, ConfigurationPlan plan, CancellationToken cancellationToken = default) =>
        plan.Engine.Analyze(tree, plan.Configuration.Analysis, cancellationToken);

    /// <summary>Applies the fixes no more dangerous than <paramref name="allowed"/> to a fixpoint, re-linting after each pass.</summary>
    public static FixOutcome Fix(SyntaxTree tree, ConfigurationPlan plan, Applicability allowed) =>
        DocumentFixer.Fix(plan.Engine, tree, plan.Configuration, allowed);
}
