using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>
/// What a document-start callback gets: everything a document callback gets, and the means to
/// register token and node callbacks and an end callback for this document only. State the callbacks share
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
    private static readonly bool[] s_defined = DefinedKinds();

    private readonly Rule _rule;

    internal DocumentStartAnalysisContext(SyntaxTree tree, RuleRun run, CancellationToken cancellationToken)
        : base(tree, run, cancellationToken)
    {
        _rule = run.Registration.Rule;
    }

    internal List<(Action<SyntaxToken> Action, SyntaxKind[] Kinds)> TokenActions { get; } = [];

    internal List<(Action<SyntaxNode> Action, SyntaxKind[] Kinds)> NodeActions { get; } = [];

    internal List<Action> EndActions { get; } = [];

    /// <summary>
    /// Calls <paramref name="action"/> for every node of one of <paramref name="kinds"/> in this document, during the
    /// engine's node walk: as <see cref="RuleContext.RegisterNodeAction"/>, with state kept for this document.
    /// </summary>
    /// <exception cref="ArgumentException">No kinds are given, or one is not a node kind.</exception>
    public void RegisterNodeAction(Action<SyntaxNode> action, params SyntaxKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        NodeActions.Add((action, Checked(kinds, SyntaxFacts.IsNode, "node")));
    }

    /// <summary>
    /// Calls <paramref name="action"/> for every token of one of <paramref name="kinds"/> in this document, in
    /// document order, missing tokens included, during the engine's token walk.
    /// </summary>
    /// <exception cref="ArgumentException">No kinds are given, or one is not a token kind.</exception>
    public void RegisterTokenAction(Action<SyntaxToken> action, params SyntaxKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        TokenActions.Add((action, Checked(kinds, SyntaxFacts.IsToken, "token")));
    }

    private SyntaxKind[] Checked(SyntaxKind[] kinds, Func<SyntaxKind, bool> isOfSort, string sort)
    {
        // Rules register here for every document, so the checks are plain loops, and the rule is named only in an error.
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException($"{RuleName} registered a {sort} action without any {sort} kinds.", nameof(kinds));
        }

        var distinct = true;
        for (var i = 0; i < kinds.Length; i++)
        {
            var kind = kinds[i];
            if (!isOfSort(kind) || !IsDefined(kind))
            {
                throw new ArgumentException($"{RuleName} registered a {sort} action for {kind}, which is not a {sort} kind.", nameof(kinds));
            }

            distinct &= Array.IndexOf(kinds, kind, 0, i) < 0;
        }

        return distinct ? (SyntaxKind[])kinds.Clone() : [.. kinds.Distinct()];
    }

    private string RuleName => _rule.ToString() ?? _rule.GetType().Name;

    private static bool IsDefined(SyntaxKind kind) => (int)kind < s_defined.Length && s_defined[(int)kind];

    private static bool[] DefinedKinds()
    {
        var kinds = Enum.GetValues<SyntaxKind>();
        var defined = new bool[(int)kinds.Max() + 1];
        foreach (var kind in kinds)
        {
            defined[(int)kind] = true;
        }

        return defined;
    }

    /// <summary>Calls <paramref name="action"/> once the walks over this document are done: where rules that collect report.</summary>
    public void RegisterDocumentEndAction(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        EndActions.Add(action);
    }
}
