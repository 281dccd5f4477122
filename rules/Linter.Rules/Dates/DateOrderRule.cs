using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Rules.Claims;
using Linter.Rules.Boilerplate;

namespace Linter.Rules.Dates;

/// <summary>SL2004: a publish stamp earlier than the event the document reports. See DateOrderRule.md.</summary>
public sealed class DateOrderRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.DateOrder,
        "date-order",
        title: "Published before the event it reports",
        messageFormat: "the publish date '{0}' is earlier than the event date '{1}' the {2} gives",
        RuleCategory.Dates,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(DateOrderRule)));

    private static readonly string[] s_publishKeys = ["published_time", "date_published", "published"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOption> Options { get; } = [SharedOptions.RemarksTitleWords];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        // An announcement is published before the visit it announces; only a record of what was said (remarks, a Q&A) cannot be.
        var model = context.SemanticModel;
        if (!model.Turns.Any(t => t.Role == SpeakerRole.Questioner)
            && !model.TitleHas(context.GetOption(SharedOptions.RemarksTitleWords)))
        {
            return;
        }

        var dates = model.Dates.Where(d => d.Written.Date is not null).ToList();
        var stamp = dates.Find(d => d.Placement == DatePlacement.PublishStamp)
            ?? dates.Find(d => d.Placement == DatePlacement.FrontMatter && s_publishKeys.Contains(d.MetadataKey, StringComparer.OrdinalIgnoreCase));
        var eventDate = dates.Find(d => d.Placement == DatePlacement.Dateline)
            ?? dates.Find(d => d.Placement == DatePlacement.FrontMatter && string.Equals(d.MetadataKey, "date", StringComparison.OrdinalIgnoreCase));
        if (stamp is null || eventDate is null || stamp.Written.Date >= eventDate.Written.Date)
        {
            return;
        }

        var source = eventDate.Placement == DatePlacement.Dateline ? "title" : "front matter";
        context.Report(Descriptor, stamp.Span, stamp.Written.Text, eventDate.Written.Text, source);
    }
}
