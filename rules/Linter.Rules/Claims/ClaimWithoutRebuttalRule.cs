using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Claims;

/// <summary>SL1001: a claim of a cited document that no rebuttal answers. See ClaimWithoutRebuttalRule.md.</summary>
public sealed class ClaimWithoutRebuttalRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.ClaimWithoutRebuttal,
        "claim-without-rebuttal",
        title: "Claim is not answered by a rebuttal",
        messageFormat: "claim '{0}' is not answered by a rebuttal in its paragraph or the next",
        RuleCategory.Claims,
        Severity.Error,
        helpLink: "rules/Linter.Rules/Claims/ClaimWithoutRebuttalRule.md");

    /// <summary>Messages quote the start of the claim; whole claims run to hundreds of characters.</summary>
    private const int ExcerptLength = 60;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterNodeAction(AnalyzeClaim, SyntaxKind.Claim);
    }

    private static void AnalyzeClaim(NodeAnalysisContext context)
    {
        var claim = context.Node;
        var paragraph = claim.Ancestors().FirstOrDefault(a => a.Kind == SyntaxKind.Paragraph);
        var scope = paragraph ?? claim.Parent;
        if (scope is null)
        {
            return;
        }

        var answer = FindAnswer(scope, after: claim.Span.End);
        if (answer == Answer.None && paragraph?.Parent is { } container)
        {
            // The rebuttal may open the next paragraph of the same turn (or body), as long as no other claim comes first.
            var next = NextParagraph(container, paragraph);
            if (next is not null)
            {
                answer = FindAnswer(next, after: next.FullSpan.Start);
            }
        }

        if (answer != Answer.Rebuttal)
        {
            context.Report(Descriptor, claim.Span, Excerpt(claim.ToString()));
        }
    }

    /// <summary>What comes first in <paramref name="scope"/> after <paramref name="after"/>: a rebuttal, another claim, or neither.</summary>
    private static Answer FindAnswer(SyntaxNode scope, int after)
    {
        foreach (var node in scope.DescendantNodes())
        {
            if (node.FullSpan.Start < after)
            {
                continue;
            }

            if (node.Kind == SyntaxKind.Rebuttal)
            {
                return Answer.Rebuttal;
            }

            if (node.Kind == SyntaxKind.Claim)
            {
                return Answer.AnotherClaim;
            }
        }

        return Answer.None;
    }

    private static SyntaxNode? NextParagraph(SyntaxNode container, SyntaxNode paragraph)
    {
        var seen = false;
        foreach (var sibling in container.ChildNodes())
        {
            if (seen && sibling.Kind == SyntaxKind.Paragraph)
            {
                return sibling;
            }

            seen |= ReferenceEquals(sibling, paragraph);
        }

        return null;
    }

    private static string Excerpt(string text)
    {
        if (text.Length <= ExcerptLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ExcerptLength);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : ExcerptLength), "…");
    }

    private enum Answer
    {
        None,
        Rebuttal,
        AnotherClaim,
    }
}
