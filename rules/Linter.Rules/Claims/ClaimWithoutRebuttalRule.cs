using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Claims;

/// <summary>SL1001: a claim of a cited document that no rebuttal answers. See ClaimWithoutRebuttalRule.md.</summary>
public sealed class ClaimWithoutRebuttalRule : Rule
{
    /// <summary>How far after the claim the rebuttal may come.</summary>
    public const string WindowOption = "window";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.ClaimWithoutRebuttal,
        "claim-without-rebuttal",
        title: "Claim is not answered by a rebuttal",
        messageFormat: "claim '{0}' is not answered by a rebuttal {1}",
        RuleCategory.Claims,
        Severity.Error,
        helpLink: "rules/Linter.Rules/Claims/ClaimWithoutRebuttalRule.md");

    private static readonly string[] s_windows = ["paragraph", "next-paragraph", "turn"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOptionDescriptor> SupportedOptions { get; } =
    [
        new(WindowOption, RuleOptionType.Choice, "next-paragraph",
            "Where the rebuttal must be: in the claim's paragraph, in it or the next one, or anywhere later in the turn.", s_windows),
    ];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentStartAction(StartDocument);
    }

    private static void StartDocument(DocumentStartAnalysisContext context)
    {
        // Claims are judged once the walk is over: asking, claim by claim, whether the document rebuts anything took time
        // quadratic in the claims of a document with none.
        var claims = new List<ClaimSyntax>();
        var rebuts = false;
        context.RegisterNodeAction(
            node =>
            {
                if (node is ClaimSyntax claim)
                {
                    claims.Add(claim);
                }
                else
                {
                    rebuts = true;
                }
            },
            SyntaxKind.Claim,
            SyntaxKind.Rebuttal);
        context.RegisterDocumentEndAction(() => AnalyzeClaims(context, claims, rebuts));
    }

    private static void AnalyzeClaims(DocumentAnalysisContext context, List<ClaimSyntax> claims, bool rebuts)
    {
        // Only a document that rebuts anything is a rebuttal statement; elsewhere "The Statement reaffirms …" reports, and needs no answer.
        if (!rebuts)
        {
            return;
        }

        var window = Attribution.Text(context.Options, WindowOption, "next-paragraph") switch
        {
            "paragraph" => RebuttalWindow.SameParagraph,
            "turn" => RebuttalWindow.Turn,
            _ => RebuttalWindow.NextParagraph,
        };
        foreach (var claim in claims)
        {
            AnalyzeClaim(context, claim, window);
        }
    }

    private static void AnalyzeClaim(DocumentAnalysisContext context, ClaimSyntax claim, RebuttalWindow window)
    {
        var model = context.SemanticModel;
        if (claim.Ancestors().Any(a => a.Kind == SyntaxKind.Header)
            || model.GetTurn(claim) is { Role: SpeakerRole.Questioner })
        {
            // A title states no claim to answer; a claim put in a question is answered by the answer turn (SL4001 when there is none).
            return;
        }

        // A claim whose subject is no cited document (a web address: "Childtaxcredit.gov highlights …") is no claim.
        if (claim.Citation is not { } citation || model.GetCitedDocument(citation) is null)
        {
            return;
        }

        if (model.GetPair(claim, window) is { IsAnswered: false })
        {
            var where = window switch
            {
                RebuttalWindow.SameParagraph => "in its paragraph",
                RebuttalWindow.Turn => "later in its turn",
                _ => "in its paragraph or the next",
            };
            context.Report(Descriptor, claim.Span, Excerpt.Of(claim.ToString()), where);
        }
    }
}
