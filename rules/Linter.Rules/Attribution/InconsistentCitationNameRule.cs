using System.Collections.Immutable;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Attribution;

/// <summary>SL3004: one cited document named in different ways. See InconsistentCitationNameRule.md.</summary>
public sealed class InconsistentCitationNameRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InconsistentCitationName,
        "inconsistent-citation-name",
        title: "Cited document named in different ways",
        messageFormat: "'{0}' names the document first named '{1}' another way",
        RuleCategory.Attribution,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(InconsistentCitationNameRule)),
        fix: FixAvailability.Always,
        fixSafety: FixSafety.Unsafe);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        foreach (var document in context.SemanticModel.CitedDocuments)
        {
            // Capitals are typography, not another name: a letterhead's "JOINT DECLARATION" neither sets nor breaks the name.
            var canonical = document.Source?.Name
                ?? document.FullMentions.Select(document.GetName).FirstOrDefault(n => !IsAllCapitals(n));
            if (canonical is null || document.Mentions.Length < 2)
            {
                continue;
            }

            canonical = Collapse(canonical);
            var noun = CanonicalNoun(canonical, document.TypeNoun);
            foreach (var mention in document.Mentions)
            {
                var (nameSpan, name) = (document.GetNameSpan(mention), document.GetName(mention));
                if (IsAllCapitals(name))
                {
                    continue;
                }

                var configuredAlias = document.Source?.Aliases.Any(a => Collapse(a).Equals(Collapse(mention.ToString()), StringComparison.Ordinal)
                    || Collapse(a).Equals(name, StringComparison.Ordinal)) ?? false;
                var wanted = document.IsAlias(mention) ? noun : canonical;
                if (configuredAlias || name.Equals(wanted, StringComparison.Ordinal)
                    || (document.IsAlias(mention) && !name.Equals(wanted, StringComparison.OrdinalIgnoreCase)))
                {
                    // A short form of another noun spelling ("the Agreement" for a "Joint Agreement") is an alias, not a misnaming.
                    continue;
                }

                var fix = Fix.Create($"Rename to '{wanted}'", new TextChange(nameSpan, wanted), Applicability.Unsafe);
                context.Report(Descriptor, mention.Span, fix, Collapse(mention.ToString()), canonical);
            }
        }
    }

    /// <summary>The noun as the canonical name writes it, so a short form gets the same capitals.</summary>
    private static string CanonicalNoun(string canonical, string noun)
    {
        var index = canonical.IndexOf(noun, StringComparison.OrdinalIgnoreCase);
        return index >= 0 ? canonical.Substring(index, noun.Length) : noun;
    }

    private static bool IsAllCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
