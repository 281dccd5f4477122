using System.Collections.Immutable;
using Linter.Analysis;

namespace Linter.Rules.Syntax;

/// <summary>
/// SL0003: an ID or name in a suppression comment that no rule has. See UnknownRuleIdRule.md.
/// </summary>
/// <remarks>
/// A descriptor-only rule: it registers nothing. The engine's suppression filter reports SL0003,
/// because only it reads suppression comments, and it does so after all rules ran. Declaring the
/// descriptor here, rather than in the engine beside SL0001, puts it in the catalog like every
/// other rule: <c>stmtlint rules</c> lists it, <c>explain</c> finds this page, and configuration
/// accepts <c>SL0003: off</c> or a severity, which the filter honours.
/// </remarks>
public sealed class UnknownRuleIdRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnknownRuleId,
        "unknown-rule-id",
        title: "A suppression comment names a rule that does not exist",
        messageFormat: "'{0}' in a suppression comment is not the ID or name of any rule",
        RuleCategory.Syntax,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(UnknownRuleIdRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <summary>Registers nothing: the suppression filter reports this rule's diagnostics.</summary>
    public override void Initialize(RuleContext context) => ArgumentNullException.ThrowIfNull(context);
}
