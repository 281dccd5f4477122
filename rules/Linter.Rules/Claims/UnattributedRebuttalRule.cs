using System.Collections.Immutable;
using Linter.Analysis;

namespace Linter.Rules.Claims;

/// <summary>SL1002: a rebuttal nobody can be said to make. See UnattributedRebuttalRule.md.</summary>
public sealed class UnattributedRebuttalRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnattributedRebuttal,
        "unattributed-rebuttal",
        title: "Rebuttal cannot be attributed to a speaker",
        messageFormat: "rebuttal '{0}' cannot be attributed: it is outside every speaker turn, and neither the metadata nor the title names who speaks",
        RuleCategory.Claims,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(UnattributedRebuttalRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOption> Options { get; } = [SharedOptions.SpeakerKeys];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        var model = context.SemanticModel;
        if (context.Root.FrontMatter?.HasValueForAny(context.GetOption(SharedOptions.SpeakerKeys)) == true || model.TitleNamesSpeaker)
        {
            return;
        }

        // Only a sentence that answers a claim is a rebuttal in the sense that matters here; a "However" that answers nothing is prose.
        foreach (var pair in model.GetClaimRebuttalPairs(RebuttalWindow.Turn))
        {
            // Answering a cited document: a claim of a person or group answered outside every turn is most often a statement
            // quoting a visitor and giving its own view, whose author the page names elsewhere.
            if (pair.Rebuttal is { } rebuttal && pair.Document is not null && pair.AnsweringTurn is null && model.GetTurn(rebuttal) is null)
            {
                context.Report(Descriptor, rebuttal.Span, Excerpt.Of(rebuttal.ToString()));
            }
        }
    }
}
