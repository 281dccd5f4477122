using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Claims;

/// <summary>SL1003: a quotation attributed to a cited document that the document does not contain. See MisquotedClaimRule.md.</summary>
public sealed class MisquotedClaimRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MisquotedClaim,
        "misquoted-claim",
        title: "Quotation does not occur in the cited document",
        messageFormat: "quotation '{0}' does not occur in the text of {1}; the closest passage is '{2}'",
        RuleCategory.Claims,
        Severity.Error,
        helpLink: RulePage.Of(typeof(MisquotedClaimRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterNodeAction(AnalyzeQuotation, SyntaxKind.Quotation);
    }

    private static void AnalyzeQuotation(NodeAnalysisContext context)
    {
        var model = context.SemanticModel;
        if (!model.Options.CitedDocuments.Any(d => d.TextPath is not null))
        {
            return;
        }

        var quotation = (QuotationSyntax)context.Node;
        if (AttributedDocument(quotation, model) is not { } document || model.GetCitedText(document) is not { } citedText)
        {
            return;
        }

        var cited = NormalizedText.Create(citedText);
        var fragments = Fragments(quotation.InnerText).ToList();
        if (fragments.Count == 0 || fragments.All(f => cited.Contains(f.Text)))
        {
            return;
        }

        var closest = cited.ClosestPassage(fragments.SelectMany(f => f.Words).ToList());
        context.Report(Descriptor, quotation.Span, Excerpt.Of(quotation.InnerText, 80), document.Name ?? document.TypeNoun, Excerpt.Of(closest, 120));
    }

    /// <summary>The document a quotation is attributed to: the subject of its claim, else the first document its sentence cites that has a text.</summary>
    private static CitedDocument? AttributedDocument(QuotationSyntax quotation, SemanticModel model)
    {
        var sentence = quotation.Ancestors().OfType<SentenceSyntax>().FirstOrDefault();
        if (sentence is null)
        {
            return null;
        }

        if (sentence.Parent is ClaimSyntax { Citation: { } subject } && model.GetCitedDocument(subject) is { Source.TextPath: not null } claimed)
        {
            return claimed;
        }

        foreach (var citation in sentence.Citations)
        {
            if (model.GetCitedDocument(citation) is { Source.TextPath: not null } document)
            {
                return document;
            }
        }

        return null;
    }

    /// <summary>The parts of a quotation between ellipses, each of which must occur.</summary>
    private static IEnumerable<(string Text, List<string> Words)> Fragments(string quotation)
    {
        foreach (var part in quotation.Replace("…", "...", StringComparison.Ordinal).Split("...", StringSplitOptions.RemoveEmptyEntries))
        {
            var normalized = NormalizedText.Normalize(part).Trim(' ', '.', ',', ';', ':', '!', '?', '[', ']');
            if (normalized.Length > 0)
            {
                yield return (normalized, [.. normalized.Split(' ')]);
            }
        }
    }
}
