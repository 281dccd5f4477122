using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Dates;

/// <summary>SL2006: remarks or a transcript that never says who speaks. See MissingSpeakerRule.md.</summary>
public sealed class MissingSpeakerRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MissingSpeaker,
        "missing-speaker",
        title: "Remarks or transcript without a speaker",
        messageFormat: "'{0}' reads as remarks or a transcript, but no speaker label or speaker metadata says who speaks",
        RuleCategory.Dates,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(MissingSpeakerRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOption> Options { get; } = [SharedOptions.RemarksTitleWords, SharedOptions.SpeakerKeys];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        var model = context.SemanticModel;
        if (model.Title is not { } title || !model.Turns.IsEmpty
            || context.Root.FrontMatter?.HasValueForAny(context.GetOption(SharedOptions.SpeakerKeys)) == true
            || model.TitleNamesSpeaker
            || !model.TitleHas(context.GetOption(SharedOptions.RemarksTitleWords)))
        {
            return;
        }

        context.Report(Descriptor, TitleSpan(context.Root), Excerpt.Of(title));
    }

    private static TextSpan TitleSpan(DocumentSyntax root) =>
        root.Header?.Title?.Span
        ?? root.FrontMatter?.GetEntry("title")?.Span
        ?? new TextSpan(0, 0);
}
