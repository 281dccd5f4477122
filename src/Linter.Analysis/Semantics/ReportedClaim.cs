using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>
/// One reported claim: who said what (a <see cref="ClaimSourceSyntax"/>, its <see cref="ClaimCueSyntax"/> and
/// <see cref="ClaimContentSyntax"/>), who reports it, from which side, and what answers it.
/// </summary>
/// <param name="Holder">The sentence-level node holding the claim: a <see cref="ClaimSyntax"/>, or a <see cref="RebuttalSyntax"/> that quotes before answering.</param>
/// <param name="Source">Who the claim is attributed to, as written.</param>
/// <param name="Cue">The reporting verb group.</param>
/// <param name="Content">What is reported; null for "X said:" at a paragraph's end, or a cited document's claim with no content to place.</param>
/// <param name="SourceKey">The source normalised for the document: "Pompeo", "Secretary Pompeo" and "US Secretary of State Mike Pompeo" are "pompeo"; pronouns resolved.</param>
/// <param name="Turn">The turn that reports the claim, or null outside every turn.</param>
/// <param name="Side">Own when the source is the reporting speaker or their side.</param>
/// <param name="Answer">What answers the claim: a rebuttal, or for a claim in a question the answer turn (its first rebuttal when it has one); null when nothing does.</param>
/// <param name="IsContested">True when the document contests the source (see SL1001): its claims then need an answer.</param>
/// <param name="Document">The cited document that is the source, when it is one.</param>
/// <param name="IsVague">True when the source names no one: "some people", "critics", "some media".</param>
/// <param name="IsHostile">True when the cue frames the claim as contestable: "claimed", "accused", "alleged".</param>
/// <param name="IsAsserting">True when the cue reports an assertion ("said", "insisted"), not an act ("announced").</param>
/// <param name="IsSupport">True when the text cites the source in support: "as the Plan of Action points out, …".</param>
public sealed record ReportedClaim(
    SyntaxNode Holder,
    ClaimSourceSyntax Source,
    ClaimCueSyntax Cue,
    ClaimContentSyntax? Content,
    string SourceKey,
    SpeakerTurn? Turn,
    ClaimSide Side,
    SyntaxNode? Answer,
    bool IsContested,
    CitedDocument? Document,
    bool IsVague,
    bool IsHostile,
    bool IsAsserting,
    bool IsSupport)
{
    /// <summary>True when the claim is put in a questioner's turn.</summary>
    public bool InQuestion => Turn is { Role: SpeakerRole.Questioner };

    /// <summary>True when the source is a pronoun ("he", "they"), whose <see cref="SourceKey"/> is the source it was resolved to.</summary>
    public bool IsPronoun => Source.DescendantTokens().Count(t => t.Kind == SyntaxKind.WordToken) == 1
        && Source.Tree.Options.Vocabulary.IsPronounSource(Source.ToString());

    /// <summary>True when something answers the claim.</summary>
    public bool IsAnswered => Answer is not null;

    /// <summary>The text from the first to the last of source, cue and content.</summary>
    public TextSpan Span
    {
        get
        {
            var start = Math.Min(Source.Span.Start, Cue.Span.Start);
            var end = Math.Max(Source.Span.End, Cue.Span.End);
            if (Content is { } content)
            {
                start = Math.Min(start, content.Span.Start);
                end = Math.Max(end, content.Span.End);
            }

            return TextSpan.FromBounds(start, end);
        }
    }
}
