using System.Collections.Immutable;
using Linter.Analysis.Configuration;
using Linter.CustomRules;

namespace Linter.Cli.Linting;

/// <summary>
/// The mistakes that stop a document from being linted, in the configuration files in force for it
/// and in the custom rule files they list, and the C# rule files left out of its rules. Each front
/// end shows them its own way: <c>check</c> prints them and exits with code 2, the language server
/// puts them on the files they are in.
/// </summary>
/// <param name="ConfigurationErrors">Mistakes in configuration files, by file and position.</param>
/// <param name="RuleFileErrors">Mistakes in custom rule files, by file and position.</param>
/// <param name="SkippedCodeFiles">C# rule files neither compiled nor run because code rules were refused.</param>
internal sealed record ConfigurationProblems(
    ImmutableArray<ConfigurationError> ConfigurationErrors,
    ImmutableArray<RuleFileError> RuleFileErrors,
    ImmutableArray<string> SkippedCodeFiles)
{
    public static ConfigurationProblems None { get; } = new([], [], []);

    /// <summary>True when a mistake stops the document from being linted; skipped C# files alone do not.</summary>
    public bool HasErrors => !ConfigurationErrors.IsEmpty || !RuleFileErrors.IsEmpty;

    /// <summary>The problems of several documents together, each once, sorted by file and position.</summary>
    public static ConfigurationProblems Combine(IEnumerable<ConfigurationProblems> problems)
    {
        var all = problems.ToList();
        return new ConfigurationProblems(
            [.. all.SelectMany(p => p.ConfigurationErrors).Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)],
            [.. all.SelectMany(p => p.RuleFileErrors).Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)],
            [.. all.SelectMany(p => p.SkippedCodeFiles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}
