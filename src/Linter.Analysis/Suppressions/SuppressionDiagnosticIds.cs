namespace Linter.Analysis.Suppressions;

/// <summary>
/// The IDs of the diagnostics that the suppression filter reports about suppression comments. The
/// filter lives here and reports them, but rules declare their descriptors (see the rule pack's
/// Suppressions folder), so the filter finds them among the engine's known descriptors by these IDs.
/// </summary>
public static class SuppressionDiagnosticIds
{
    /// <summary>SL0003: a suppression comment names an ID or rule name that no rule has.</summary>
    public const string UnknownRuleId = "SL0003";

    /// <summary>SL0004: a suppression comment, or one ID in it, suppressed nothing.</summary>
    public const string UnusedSuppression = "SL0004";
}
