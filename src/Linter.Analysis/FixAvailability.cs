namespace Linter.Analysis;

/// <summary>Whether a rule's diagnostics come with a fix.</summary>
public enum FixAvailability
{
    /// <summary>The rule never offers a fix.</summary>
    None = 0,

    /// <summary>The rule offers a fix when its preconditions hold.</summary>
    Sometimes = 1,

    /// <summary>Every diagnostic of the rule carries a fix.</summary>
    Always = 2,
}
