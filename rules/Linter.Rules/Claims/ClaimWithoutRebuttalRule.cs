using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Claims;

/// <summary>SL1001: a claim of a cited document that no rebuttal answers. See ClaimWithoutRebuttalRule.md.</summary>
public sealed class ClaimWithoutRebuttalRule : Rule
{
    /// <summary>How far after the claim the rebuttal may come.</summary>
    public static RuleOption<RebuttalWindow> Window { get; } = RuleOption.Choice(
        "window",
        "next-paragraph",
        "Where the rebuttal must be: in the claim's paragraph, in it or the next one, or anywhere later in the turn.",
        ("paragraph", RebuttalWindow.SameParagraph),
        ("next-paragraph", RebuttalWindow.NextParagraph),
        ("turn", RebuttalWindow.Turn));

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.ClaimWithoutRebuttal,
        "claim-without-rebuttal",
        title: "Claim is not answered by a rebuttal",
        messageFormat: "claim '{0}' is not answered by a rebuttal {1}",
        RuleCategory.Claims,
        Severity.Error,
        helpLink: RulePage.Of(typeof(ClaimWithoutRebuttalRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOption> Options { get; } = [Window];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        var root = context.Root;
        if (!root.ContainsKind(SyntaxKind.Claim) && !root.ContainsKind(SyntaxKind.ClaimSource))
        {
            return;
        }

        var window = context.GetOption(Window);

        // Only a document that rebuts anything answers cited documents; elsewhere "The Statement reaffirms …" reports, and needs no answer.
        var rebuts = root.ContainsKind(SyntaxKind.Rebuttal);
        var reported = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        foreach (var claim in context.SemanticModel.GetClaims(window))
        {
            if (!NeedsAnswer(claim, rebuts) || claim.IsAnswered)
            {
                continue;
            }

            // A sentence that holds one claim is reported whole, as a cited document's claim always was.
            var single = claim.Holder is ClaimSyntax && !reported.Contains(claim.Holder) && claim.Holder.DescendantNodes(SyntaxKind.ClaimSource).Count() == 1;
            var span = single ? claim.Holder.Span : claim.Span;
            reported.Add(claim.Holder);
            var where = window switch
            {
                RebuttalWindow.SameParagraph => "in its paragraph",
                RebuttalWindow.Turn => "later in its turn",
                _ => "in its paragraph or the next",
            };
            context.Report(Descriptor, span, Excerpt.Of(context.Tree.Text.ToString(span)), where);
        }
    }

    /// <summary>
    /// A cited document's claim in the form such claims have always had: the document opens the sentence ("The Declaration
    /// stresses …") with a reporting verb, not "added" or "lays out" in the middle of a narrative.
    /// </summary>
    private static bool IsDocumentClaim(ReportedClaim claim)
    {
        var cue = claim.Cue;
        if (claim.Holder is not ClaimSyntax || claim.Source.Span.Start != claim.Holder.Span.Start)
        {
            return false;
        }

        // "The Declaration issued by the summit underscores …, and calls on …": a verb further on narrates, it does not
        // open the document's claim.
        var sourceTokens = claim.Source.DescendantTokens().ToList();
        if (sourceTokens.Count == 0 || sourceTokens[^1].GetNextToken() is not { } afterSource || afterSource.Span.Start != cue.Span.Start)
        {
            return false;
        }

        var verbs = cue.Tree.Options.Vocabulary.ReportingVerbs;
        var words = cue.DescendantTokens(SyntaxKind.WordToken).Select(t => t.Text).ToList();
        return Enumerable.Range(0, words.Count).Any(i => verbs.MatchPrefix(words, i) > 0);
    }

    /// <summary>
    /// Only the claims of a source the document contests need an answer: a cited document, a source another of whose
    /// claims is rebutted, or one configured under <c>contested:</c>. Never the speaker's own side; never a claim in a
    /// question, which the answer turn answers (SL4001 when there is none); never the title; never a pronoun ("she also
    /// noted"), which names its source only through a guess; never a source cited in support ("as the Plan points out").
    /// </summary>
    private static bool NeedsAnswer(ReportedClaim claim, bool rebuts)
    {
        if (claim.Side == ClaimSide.Own || claim.InQuestion || !claim.IsContested || claim.IsPronoun || claim.IsSupport
            || claim.Holder.Ancestors().Any(a => a.Kind == SyntaxKind.Header))
        {
            return false;
        }

        // A cited document's claims need an answer in a document that rebuts anything, as they always did; anyone else's
        // when they assert ("said", "claimed"), not when they narrate an act ("the US announced new tariffs").
        return claim.Document is not null ? rebuts && IsDocumentClaim(claim) : claim.IsHostile || claim.IsAsserting;
    }
}
