namespace Linter.Analysis;

/// <summary>How configuration sets up one rule.</summary>
/// <param name="Enabled">False for "off", true to switch on a rule that is off by default, null for the default.</param>
/// <param name="Severity">The severity to report at, or null for the descriptor's default.</param>
/// <param name="Options">The rule's options; <see cref="RuleOptions.Empty"/> when none are set.</param>
public sealed record RuleConfiguration(bool? Enabled, Severity? Severity, RuleOptions Options)
{
    public static RuleConfiguration Default { get; } = new(null, null, RuleOptions.Empty);
}
