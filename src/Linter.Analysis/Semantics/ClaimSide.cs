namespace Linter.Analysis;

/// <summary>Whose claim a reported claim is, seen from the speaker who reports it.</summary>
public enum ClaimSide
{
    /// <summary>Another actor's: the claims a statement may have to answer.</summary>
    Other = 0,

    /// <summary>The reporting speaker's own, or their side's ("we", the configured <c>own-side:</c> names): never contested.</summary>
    Own = 1,
}
