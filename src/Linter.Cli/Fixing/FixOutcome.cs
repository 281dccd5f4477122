using System.Collections.Immutable;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Fixing;

/// <summary>What fixing one document did: the text before and after, how many fixes were applied and what is still reported.</summary>
/// <param name="Original">The text as read.</param>
/// <param name="Fixed">The text after every pass; the same instance as <paramref name="Original"/> when nothing was applied.</param>
/// <param name="Applied">How many fixes were applied over all passes.</param>
/// <param name="Diagnostics">The diagnostics of the fixed text: what remains to be reported.</param>
/// <param name="Converged">False when the passes ran out while fixes were still being applied.</param>
internal sealed record FixOutcome(SourceText Original, SourceText Fixed, int Applied, ImmutableArray<Diagnostic> Diagnostics, bool Converged)
{
    public bool Changed => Applied > 0;
}
