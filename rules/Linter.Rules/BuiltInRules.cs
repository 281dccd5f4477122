using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Rules.Boilerplate;
using Linter.Rules.Citations;
using Linter.Rules.Claims;
using Linter.Rules.Dates;
using Linter.Rules.Turns;

namespace Linter.Rules;

/// <summary>The built-in rule pack.</summary>
public static class BuiltInRules
{
    /// <summary>One instance of every built-in rule, in ID order. Rules are stateless, so the instances can be shared.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new ClaimWithoutRebuttalRule(),
        new UnattributedRebuttalRule(),
        new MisquotedClaimRule(),
        new AliasBeforeNameRule(),
        new MissingDateRule(),
        new InvalidDateRule(),
        new InconsistentDateFormatRule(),
        new DateOrderRule(),
        new MissingTitleRule(),
        new MissingSpeakerRule(),
        new RequiredMetadataRule(),
        new InconsistentCitationNameRule(),
        new QuestionWithoutAnswerRule(),
        new PageBoilerplateRule(),
        new EmptyTurnRule(),
    ];
}
