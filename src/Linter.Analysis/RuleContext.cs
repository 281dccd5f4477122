using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>What a rule may do in <see cref="Rule.Initialize"/>: register callbacks.</summary>
public sealed class RuleContext
{
    private readonly RuleRegistration _registration;

    internal RuleContext(RuleRegistration registration)
    {
        _registration = registration;
    }

    /// <summary>Calls <paramref name="action"/> for every node of one of <paramref name="kinds"/>, during the engine's single walk.</summary>
    /// <exception cref="ArgumentException">No kinds are given, or one is not a node kind.</exception>
    public void RegisterNodeAction(Action<NodeAnalysisContext> action, params SyntaxKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException($"{_registration.Rule} registered a node action without any node kinds.", nameof(kinds));
        }

        foreach (var kind in kinds)
        {
            // Only nodes are walked: tokens and trivia are reached through their nodes.
            if (!SyntaxFacts.IsNode(kind) || !Enum.IsDefined(kind))
            {
                throw new ArgumentException($"{_registration.Rule} registered a node action for {kind}, which is not a node kind.", nameof(kinds));
            }
        }

        _registration.NodeActions.Add((action, [.. kinds.Distinct()]));
    }

    /// <summary>
    /// Calls <paramref name="action"/> once per document, before the walks; it may register token
    /// callbacks and an end callback for that document (see <see cref="DocumentStartAnalysisContext"/>).
    /// </summary>
    public void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _registration.DocumentStartActions.Add(action);
    }

    /// <summary>Calls <paramref name="action"/> once per document, before the walk.</summary>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _registration.DocumentActions.Add(action);
    }

    /// <summary>
    /// Calls <paramref name="action"/> for every physical line of every document, in order, after the tree walks and
    /// before the end callbacks.
    /// </summary>
    public void RegisterLineAction(Action<LineAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _registration.LineActions.Add(action);
    }
}
