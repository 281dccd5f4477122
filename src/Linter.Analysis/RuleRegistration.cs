using System.Collections.Frozen;
using System.Collections.Immutable;
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
        Options = rule.Options.IsDefault ? [] : rule.Options;
    }

    /// <summary>The typed options the rule declared, in the order their values are kept in a run.</summary>
    public ImmutableArray<RuleOption> Options { get; }

    /// <summary>Where <paramref name="option"/> is among <see cref="Options"/>.</summary>
    /// <exception cref="ArgumentException">The rule did not declare it.</exception>
    public int IndexOf(RuleOption option)
    {
        for (var i = 0; i < Options.Length; i++)
        {
            if (ReferenceEquals(Options[i], option))
            {
                return i;
            }
        }

        throw new ArgumentException($"{Rule} read option '{option}', which is not in its Options.", nameof(option));
    }

    public Rule Rule { get; }

    /// <summary>The rule's position in the engine's list; callbacks for one node run in this order.</summary>
    public int Order { get; }

    public FrozenDictionary<string, DiagnosticDescriptor> Supported { get; }

    public List<(Action<NodeAnalysisContext> Action, SyntaxKind[] Kinds)> NodeActions { get; } = [];

    public List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

    public List<Action<DocumentStartAnalysisContext>> DocumentStartActions { get; } = [];

    public List<Action<LineAnalysisContext>> LineActions { get; } = [];
}
