using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Boilerplate;

/// <summary>SL4001: a question turn that no answer turn follows. See QuestionWithoutAnswerRule.md.</summary>
public sealed class QuestionWithoutAnswerRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.QuestionWithoutAnswer,
        "question-without-answer",
        title: "Question is not followed by an answer",
        messageFormat: "the question of '{0}' is not followed by an answer turn{1}",
        RuleCategory.Boilerplate,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(QuestionWithoutAnswerRule)));

    /// <summary>Fewer words than this make a call for the floor ("Jen?"), not a question.</summary>
    private const int MinimumQuestionWords = 3;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    /// <summary>
    /// True for a turn that asks something and holds no answer itself. A call for the floor ("Karine?") asks
    /// nothing; and a question turn whose last paragraph asks nothing more goes on with the answer, unlabelled
    /// ("Q: …?" then the spokesperson's paragraphs, as the China MFA transcripts write it).
    /// </summary>
    private static bool AsksAQuestion(TurnSyntax turn)
    {
        var paragraphs = turn.Paragraphs.ToList();
        if (paragraphs.Count == 0 || !HasQuestionMark(turn) || WordCount(turn) < MinimumQuestionWords)
        {
            return false;
        }

        return paragraphs.Count == 1 || HasQuestionMark(paragraphs[^1]);
    }

    private static int WordCount(SyntaxNode node)
    {
        var words = 0;
        foreach (var token in node.DescendantTokens(SyntaxKind.WordToken))
        {
            words++;
        }

        return words;
    }

    private static bool HasQuestionMark(SyntaxNode node)
    {
        // The character, not the token's Text: a string for every punctuation mark of every question was most of this rule's cost.
        var text = node.Tree.Text;
        foreach (var token in node.DescendantTokens(SyntaxKind.PunctuationToken))
        {
            if (token.Width == 1 && text[token.Span.Start] is '?' or '？')
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        var turns = context.SemanticModel.Turns;
        for (var i = 0; i < turns.Length; i++)
        {
            // A reporter's "Not yet." or a cut-off "Q — should fund …" asks nothing; only a question mark makes a question.
            if (turns[i].Role != SpeakerRole.Questioner || !AsksAQuestion(turns[i].Turn))
            {
                continue;
            }

            if (i + 1 == turns.Length)
            {
                context.Report(Descriptor, turns[i].Label.Span, turns[i].Speaker, ": it is the last turn");
            }
            else if (turns[i + 1].Role == SpeakerRole.Questioner && AsksAQuestion(turns[i + 1].Turn))
            {
                context.Report(Descriptor, turns[i].Label.Span, turns[i].Speaker, $": the next turn, '{turns[i + 1].Speaker}', asks again");
            }
        }
    }
}
