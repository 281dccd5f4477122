using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Boilerplate;

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
        helpLink: RulePage.Of(typeof(EmptyTurnRule)));

    /// <summary>The tokens that make a turn say something: words, figures, dates, times, links, verbatim text.</summary>
    private static readonly SyntaxKindSet s_wordKinds = SyntaxKindSet.Of(
        SyntaxKind.WordToken, SyntaxKind.NumberToken, SyntaxKind.DateToken, SyntaxKind.TimeToken, SyntaxKind.UrlToken, SyntaxKind.VerbatimTextToken);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    // Asked of each block's subtree kinds, which the tree records: no walk over the tokens.
    private static bool HasWords(TurnSyntax turn) =>
        turn.Blocks.Any(block => block.ContainsAnyKind(s_wordKinds));

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        // Once per document, not once per turn: a transcript of nothing but labels has as many empty turns as turns, and asking
        // every empty one about every other turn took time quadratic in their number.
        var turns = context.SemanticModel.Turns;
        if (turns.IsEmpty)
        {
            return;
        }

        var hasWords = turns.Select(t => HasWords(t.Turn)).ToArray();
        if (hasWords.All(words => words))
        {
            return;
        }

        // "Telephone:" and "Fax:" in a contact block look like labels; only in a transcript (someone asks, or the speaker
        // speaks again) is a label without words a turn that lost its text.
        var someoneAsks = turns.Any(t => t.Role == SpeakerRole.Questioner);
        var speakersWithWords = new HashSet<string?>(StringComparer.Ordinal);
        for (var i = 0; i < turns.Length; i++)
        {
            if (hasWords[i])
            {
                speakersWithWords.Add(turns[i].SpeakerKey);
            }
        }

        foreach (var node in context.Root.DescendantNodes(SyntaxKind.Turn))
        {
            var turn = (TurnSyntax)node;
            if (HasWords(turn))
            {
                continue;
            }

            var key = context.SemanticModel.GetTurn(turn)?.SpeakerKey;
            if (someoneAsks || speakersWithWords.Contains(key))
            {
                context.Report(Descriptor, turn.Label.Span, turn.Label.Name);
            }
        }
    }
}
