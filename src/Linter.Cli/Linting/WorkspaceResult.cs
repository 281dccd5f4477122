namespace Linter.Cli.Linting;

/// <summary>What <see cref="LintWorkspace.Lint"/> made of a document.</summary>
/// <param name="Plan">The plan it was linted under (or would have been: see its problems).</param>
/// <param name="Lint">The tree and diagnostics; null when the plan has errors or configuration excludes the document.</param>
/// <param name="IsExcluded">True when an <c>exclude</c> glob of the configuration matches the document.</param>
internal sealed record WorkspaceResult(ConfigurationPlan Plan, LintResult? Lint, bool IsExcluded);
