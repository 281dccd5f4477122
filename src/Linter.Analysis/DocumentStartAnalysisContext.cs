using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>
/// What a document-start callback gets: everything a document callback gets, and the means to
/// register token callbacks and an end callback for this document only. State the callbacks share
/// (tokens collected, the previous token) lives in the start callback's locals, so a rule object
/// stays free of per-document state and can analyse many documents at once.
/// </summary>
/// <remarks>
/// The engine walks the tokens once per document for every rule that registered token callbacks,
/// instead of each rule walking them itself; rules that look at quote marks, punctuation or
/// whitespace are most of the rule pack's walks.
/// </remarks>
public sealed class DocumentStartAnalysisContext : DocumentAnalysisContext
{
    private readonly string _rule;

    internal DocumentStartAnalysisContext(SyntaxTree tree, RuleRun run, CancellationToken cancellationToken)
        : base(tree, run, cancellationToken)
    {
        _rule = run.Registration.Rule.ToString() ?? run.Registration.Rule.GetType().Name;
    }

    internal List<(Action<SyntaxToken> Action, SyntaxKind[] Kinds)> TokenActions { get; } = [];

    internal List<Action> EndActions { get; } = [];

    /// <summary>
    /// Calls <paramref name="action"/> for every token of one of <paramref name="kinds"/> in this document, in
    /// document order, missing tokens included, during the engine's token walk.
    /// </summary>
    /// <exception cref="ArgumentException">No kinds are given, or one is not a token kind.</exception>
    public void RegisterTokenAction(Action<SyntaxToken> action, params SyntaxKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException($"{_rule} registered a token action without any token kinds.", nameof(kinds));
        }

        foreach (var kind in kinds)
        {
            if (!SyntaxFacts.IsToken(kind) || !Enum.IsDefined(kind))
            {
                throw new ArgumentException($"{_rule} registered a token action for {kind}, which is not a token kind.", nameof(kinds));
            }
        }

        TokenActions.Add((action, [.. kinds.Distinct()]));
    }

    /// <summary>Calls <paramref name="action"/> once the walks over this document are done: where rules that collect report.</summary>
    public void RegisterDocumentEndAction(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        EndActions.Add(action);
    }
}
