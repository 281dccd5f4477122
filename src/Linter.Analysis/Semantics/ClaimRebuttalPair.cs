using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>A claim of a cited document and what answers it.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Rebuttal">
/// The rebuttal that answers it: the first rebuttal after the claim, in the same turn, within the
/// window and before any other claim; for a claim in a questioner's turn, otherwise the first
/// rebuttal of the answer turn that follows. Null when none does.
/// </param>
/// <param name="AnsweringTurn">For a claim made in a questioner's turn, the answer turn that follows; otherwise null.</param>
/// <param name="Document">The cited document the claim is about, when the model could tell.</param>
public sealed record ClaimRebuttalPair(ClaimSyntax Claim, RebuttalSyntax? Rebuttal, SpeakerTurn? AnsweringTurn, CitedDocument? Document)
{
    /// <summary>True when a rebuttal answers the claim, or the claim was asked and an answer turn follows.</summary>
    public bool IsAnswered => Rebuttal is not null || AnsweringTurn is not null;
}
