using System.Collections.Immutable;
using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>Pairs each claim with the rebuttal that answers it, as SL1001 defines answering.</summary>
internal static class ClaimPairing
{
    private static readonly SyntaxKindSet s_events = SyntaxKindSet.Of(SyntaxKind.Paragraph, SyntaxKind.Claim, SyntaxKind.Rebuttal);

    public static ImmutableArray<ClaimRebuttalPair> Pair(SemanticModel model, RebuttalWindow window)
    {
        var root = model.Tree.Root;
        var result = ImmutableArray.CreateBuilder<ClaimRebuttalPair>();

        // Claims and rebuttals in document order, each with its scope (turn or body) and paragraph number in that scope.
        var events = new List<(SyntaxNode Node, SyntaxNode Scope, int Paragraph)>();
        var paragraphNumbers = new Dictionary<SyntaxNode, int>();
        var paragraphCounts = new Dictionary<SyntaxNode, int>();
        foreach (var node in root.DescendantNodes(s_events))
        {
            var scope = Scope(node);
            if (node.Kind == SyntaxKind.Paragraph)
            {
                var count = paragraphCounts.GetValueOrDefault(scope);
                paragraphNumbers[node] = count;
                paragraphCounts[scope] = count + 1;
                continue;
            }

            var paragraph = Ancestor(node, SyntaxKind.Paragraph);
            var number = paragraph is not null && paragraphNumbers.TryGetValue(paragraph, out var n) ? n : -1;
            events.Add((node, scope, number));
        }

        // The first rebuttal of each answering turn, found once per turn however many claims its question holds.
        var firstRebuttals = new Dictionary<TurnSyntax, RebuttalSyntax?>();
        for (var i = 0; i < events.Count; i++)
        {
            var (node, scope, paragraph) = events[i];
            if (node is not ClaimSyntax claim)
            {
                continue;
            }

            RebuttalSyntax? rebuttal = null;
            if (i + 1 < events.Count && events[i + 1] is { Node: RebuttalSyntax next } following
                && ReferenceEquals(following.Scope, scope) && Within(paragraph, following.Paragraph, window))
            {
                rebuttal = next;
            }

            SpeakerTurn? answeringTurn = null;
            if (rebuttal is null && model.GetTurn(claim) is { Role: SpeakerRole.Questioner } asked)
            {
                var turns = model.Turns;
                if (asked.Index + 1 < turns.Length && turns[asked.Index + 1].Role == SpeakerRole.Answerer)
                {
                    answeringTurn = turns[asked.Index + 1];
                    if (!firstRebuttals.TryGetValue(answeringTurn.Turn, out rebuttal))
                    {
                        rebuttal = FirstRebuttal(answeringTurn.Turn);
                        firstRebuttals[answeringTurn.Turn] = rebuttal;
                    }
                }
            }

            var document = claim.Citation is { } citation ? model.GetCitedDocument(citation) : null;
            result.Add(new ClaimRebuttalPair(claim, rebuttal, answeringTurn, document));
        }

        return result.ToImmutable();
    }

    /// <summary>The turn, body or header a claim or rebuttal belongs to: an answer never crosses it.</summary>
    internal static SyntaxNode Scope(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.Kind is SyntaxKind.Turn or SyntaxKind.Body or SyntaxKind.Header)
            {
                return ancestor;
            }
        }

        return node.Tree.Root;
    }

    private static SyntaxNode? Ancestor(SyntaxNode node, SyntaxKind kind)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.Kind == kind)
            {
                return ancestor;
            }
        }

        return null;
    }

    private static RebuttalSyntax? FirstRebuttal(TurnSyntax turn)
    {
        foreach (var node in turn.DescendantNodes(SyntaxKind.Rebuttal))
        {
            return (RebuttalSyntax)node;
        }

        return null;
    }

    internal static bool Within(int claimParagraph, int rebuttalParagraph, RebuttalWindow window) => window switch
    {
        RebuttalWindow.SameParagraph => rebuttalParagraph == claimParagraph,
        RebuttalWindow.NextParagraph => rebuttalParagraph - claimParagraph is 0 or 1,
        _ => true,
    };
}
