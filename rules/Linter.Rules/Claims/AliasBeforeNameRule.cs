using System.Collections.Immutable;
using Linter.Analysis;

namespace Linter.Rules.Claims;

/// <summary>SL1004: a short form used before the document's full name is given. See AliasBeforeNameRule.md.</summary>
public sealed class AliasBeforeNameRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.AliasBeforeName,
        "alias-before-name",
        title: "Short form used before the full name",
        messageFormat: "'{0}' is used before the document's full name, '{1}', is given",
        RuleCategory.Claims,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(AliasBeforeNameRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        var model = context.SemanticModel;
        var frontMatterTitle = Collapse(context.Root.FrontMatter?.GetEntry("title")?.ScalarValue ?? string.Empty);
        foreach (var document in model.CitedDocuments)
        {
            if (document.FirstFullMention is not { } first
                || frontMatterTitle.Contains(document.GetName(first), StringComparison.OrdinalIgnoreCase))
            {
                // Without a full name in the text there is no "before"; a name in the front matter's title comes before everything.
                continue;
            }

            foreach (var mention in document.Mentions)
            {
                if (mention.Span.Start >= first.Span.Start)
                {
                    break;
                }

                if (document.IsAlias(mention))
                {
                    context.Report(Descriptor, mention.Span, Collapse(mention.ToString()), document.GetName(first));
                }
            }
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
