// A house rule of the samples' press office, written in C# because it needs the semantic model (who
// answers) and an option: an answer paragraph longer than a reporter can quote whole. stmtlint
// compiles it the first time a check needs it and keeps the result in the user's cache folder.
using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;

/// <summary>HOUSE100: a paragraph of an answer with more words than <c>max-words</c>.</summary>
public sealed class LongAnswerParagraphRule : Rule
{
    private static readonly RuleOption<int> s_maxWords =
        RuleOption.WholeNumber("max-words", 70, "The most words an answer paragraph may have.");

    private static readonly DiagnosticDescriptor s_descriptor = new(
        id: "HOUSE100",
        name: "long-answer-paragraph",
        title: "An answer paragraph too long to quote whole",
        messageFormat: "this answer paragraph runs to {0} words, more than the {1} a reporter can quote whole; it goes over here",
        category: RuleCategory.Custom,
        defaultSeverity: Severity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_descriptor];

    public override ImmutableArray<RuleOption> Options => [s_maxWords];

    public override void Initialize(RuleContext context) =>
        context.RegisterNodeAction(AnalyzeParagraph, SyntaxKind.Paragraph);

    private static void AnalyzeParagraph(NodeAnalysisContext context)
    {
        // Questions may run long; answers are what gets quoted.
        if (context.SemanticModel.GetTurn(context.Node) is not { Role: SpeakerRole.Answerer })
        {
            return;
        }

        var maxWords = context.GetOption(s_maxWords);
        var words = context.Node.DescendantTokens().Where(token => token.Kind == SyntaxKind.WordToken).ToList();
        if (words.Count > maxWords)
        {
            // The first word past the limit: pointing at it shows where to split.
            context.Report(s_descriptor, words[maxWords].Span, words.Count, maxWords);
        }
    }
}
