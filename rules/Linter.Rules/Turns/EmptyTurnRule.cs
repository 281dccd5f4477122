using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Turns;

/// <summary>SL4003: a speaker label with no words after it. See EmptyTurnRule.md.</summary>
public sealed class EmptyTurnRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.EmptyTurn,
        "empty-turn",
        title: "Speaker label without words",
        messageFormat: "the turn of '{0}' has no words",
        RuleCategory.Boilerplate,
        Severity.Warning,
        helpLink: "rules/Linter.Rules/Turns/EmptyTurnRule.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterNodeAction(AnalyzeTurn, SyntaxKind.Turn);
    }

    private static bool HasWords(TurnSyntax turn) =>
        turn.Blocks.Any(block => block.DescendantTokens().Any(token => token.Kind is SyntaxKind.WordToken or SyntaxKind.NumberToken
            or SyntaxKind.DateToken or SyntaxKind.TimeToken or SyntaxKind.UrlToken or SyntaxKind.VerbatimTextToken));

    private static void AnalyzeTurn(NodeAnalysisContext context)
    {
        var turn = (TurnSyntax)context.Node;
        if (HasWords(turn))
        {
            return;
        }

        // "Telephone:" and "Fax:" in a contact block look like labels; only in a transcript (someone asks, or the speaker
        // speaks again) is a label without words a turn that lost its text.
        var turns = context.SemanticModel.Turns;
        var key = context.SemanticModel.GetTurn(turn)?.SpeakerKey;
        if (turns.Any(t => t.Role == SpeakerRole.Questioner) || turns.Any(t => t.SpeakerKey == key && t.Turn != turn && HasWords(t.Turn)))
        {
            context.Report(Descriptor, turn.Label.Span, turn.Label.Name);
        }
    }
}
