using System.Collections.Immutable;
using Linter.Analysis;

namespace Linter.Rules.Syntax;

/// <summary>SL0004: a suppression comment, or one ID in it, that suppressed nothing. See UnusedSuppressionRule.md.</summary>
/// <remarks>
/// A descriptor-only rule, for the reason given on <see cref="UnknownRuleIdRule"/>: the suppression
/// filter reports it once every rule has run, at the severity configuration gives this ID, and not
/// at all when configuration turns it off.
/// </remarks>
public sealed class UnusedSuppressionRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnusedSuppression,
        "unused-suppression",
        title: "A suppression comment suppressed nothing",
        messageFormat: "{0} suppressed nothing",
        RuleCategory.Syntax,
        Severity.Info,
        helpLink: RulePage.Of(typeof(UnusedSuppressionRule)),
        fix: FixAvailability.Always);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <summary>Registers nothing: the suppression filter reports this rule's diagnostics.</summary>
    public override void Initialize(RuleContext context) => ArgumentNullException.ThrowIfNull(context);
}
