using System.Collections.Frozen;
using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>What one rule registered, and the descriptors it may report.</summary>
internal sealed class RuleRegistration
{
    public RuleRegistration(Rule rule, int order)
    {
        Rule = rule;
        Order = order;
        var supported = rule.SupportedDiagnostics;
        if (supported.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{rule} declares no diagnostics in SupportedDiagnostics.", nameof(rule));
        }

        Supported = supported.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public Rule Rule { get; }

    /// <summary>The rule's position in the engine's list; callbacks for one node run in this order.</summary>
    public int Order { get; }

    public FrozenDictionary<string, DiagnosticDescriptor> Supported { get; }

    public List<(Action<NodeAnalysisContext> Action, SyntaxKind[] Kinds)> NodeActions { get; } = [];

    public List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

    public List<Action<DocumentStartAnalysisContext>> DocumentStartActions { get; } = [];
}
