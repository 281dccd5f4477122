using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>One turn of a transcript with who speaks in it and in what role.</summary>
/// <param name="Turn">The turn.</param>
/// <param name="Index">Its position among the document's turns, from 0.</param>
/// <param name="SpeakerKey">
/// The speaker as a comparison key: lower case, honorifics and extra spaces removed, so that
/// "ZHAO LIJIAN", "Zhao Lijian" and "Spokesperson Zhao Lijian" give "zhao lijian".
/// </param>
/// <param name="Role">Whether the speaker asks or answers.</param>
public sealed record SpeakerTurn(TurnSyntax Turn, int Index, string SpeakerKey, SpeakerRole Role)
{
    public SpeakerLabelSyntax Label => Turn.Label;

    /// <summary>The speaker as the label writes it: "Zhao Lijian".</summary>
    public string Speaker => Label.Name;
}
