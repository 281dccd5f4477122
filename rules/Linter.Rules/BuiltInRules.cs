using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Rules.Boilerplate;
using Linter.Rules.Attribution;
using Linter.Rules.Claims;
using Linter.Rules.Dates;
using Linter.Rules.Syntax;

namespace Linter.Rules;

/// <summary>The built-in rule pack.</summary>
public static class BuiltInRules
{
    /// <summary>One instance of every built-in rule, in ID order. Rules are stateless, so the instances can be shared.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new UnknownRuleIdRule(),
        new UnusedSuppressionRule(),
        new PlainTextSuppressionRule(),
        new ClaimWithoutRebuttalRule(),
        new UnattributedRebuttalRule(),
        new MisquotedClaimRule(),
        new AliasBeforeNameRule(),
        new VagueSourceRule(),
        new MissingDateRule(),
        new InvalidDateRule(),
        new InconsistentDateFormatRule(),
        new DateOrderRule(),
        new MissingTitleRule(),
        new MissingSpeakerRule(),
        new RequiredMetadataRule(),
        new MixedQuoteStyleRule(),
        new UnbalancedQuoteRule(),
        new MixedApostropheStyleRule(),
        new InconsistentCitationNameRule(),
        new InconsistentSpeakerLabelRule(),
        new SpaceBeforePunctuationRule(),
        new QuestionWithoutAnswerRule(),
        new PageBoilerplateRule(),
        new EmptyTurnRule(),
        new TrailingWhitespaceRule(),
    ];

    /// <summary>
    /// Every diagnostic the catalog can report, in ID order: the engine's own (SL0001, SL0002, SL9001,
    /// documented in Engine/) and the rules'. This is what <c>stmtlint rules</c> lists.
    /// </summary>
    public static ImmutableArray<DiagnosticDescriptor> Catalog { get; } =
        [.. EngineDiagnostics.All.Concat(All.SelectMany(r => r.SupportedDiagnostics)).OrderBy(d => d.Id, StringComparer.Ordinal)];
}
