using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Rules.Boilerplate;
using Linter.Rules.Claims;
using Linter.Rules.Dates;

namespace Linter.Rules;

/// <summary>The built-in rule pack.</summary>
public static class BuiltInRules
{
    /// <summary>One instance of every built-in rule, in ID order. Rules are stateless, so the instances can be shared.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new ClaimWithoutRebuttalRule(),
        new MissingDateRule(),
        new PageBoilerplateRule(),
    ];
}
