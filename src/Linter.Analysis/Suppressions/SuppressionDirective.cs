using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Suppressions;

/// <summary>One suppression comment: what it asks for and the IDs it lists (none means every rule).</summary>
internal sealed class SuppressionDirective
{
    public SuppressionDirective(SuppressionDirectiveKind kind, TextSpan commentSpan, ImmutableArray<SuppressionTarget> targets)
    {
        Kind = kind;
        CommentSpan = commentSpan;
        Targets = targets;
    }

    public SuppressionDirectiveKind Kind { get; }

    /// <summary>The whole comment, "&lt;!--" to "--&gt;".</summary>
    public TextSpan CommentSpan { get; }

    /// <summary>The listed IDs and names, in order; empty for "every rule".</summary>
    public ImmutableArray<SuppressionTarget> Targets { get; }

    public bool AppliesToAllRules => Targets.IsEmpty;

    /// <summary>For a directive that lists no IDs: set when it suppressed (or ended) anything.</summary>
    public bool Used { get; set; }

    /// <summary>The target that covers <paramref name="id"/>, or null; for a directive that lists no IDs, null too.</summary>
    public SuppressionTarget? FindTarget(string id)
    {
        foreach (var target in Targets)
        {
            if (string.Equals(target.Id, id, StringComparison.Ordinal))
            {
                return target;
            }
        }

        return null;
    }
}
