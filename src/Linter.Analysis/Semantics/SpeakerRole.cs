namespace Linter.Analysis;

/// <summary>What a speaker does in a turn: asks, or answers.</summary>
public enum SpeakerRole
{
    /// <summary>The spokesperson or another speaker who answers or makes a statement.</summary>
    Answerer = 0,

    /// <summary>A journalist or outlet asking: a question label ("Q", "Follow-up"), or an outlet whose turn the spokesperson answers.</summary>
    Questioner = 1,
}
