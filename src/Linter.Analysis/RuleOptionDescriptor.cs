namespace Linter.Analysis;

/// <summary>One option a rule accepts: its name, type, default and meaning. Configuration checks values against it.</summary>
/// <param name="Name">The kebab-case key in configuration: "window".</param>
/// <param name="Type">What values are accepted.</param>
/// <param name="DefaultValue">The value when none is configured: a string, int, bool or list of strings.</param>
/// <param name="Description">One sentence for <c>stmtlint explain</c>.</param>
/// <param name="AllowedValues">For <see cref="RuleOptionType.Choice"/>, the accepted strings.</param>
public sealed record RuleOptionDescriptor(string Name, RuleOptionType Type, object? DefaultValue, string Description, IReadOnlyList<string>? AllowedValues = null);
