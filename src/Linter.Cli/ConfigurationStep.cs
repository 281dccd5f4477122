using Linter.Analysis.Configuration;
using Linter.CustomRules;
using Linter.Rules;

namespace Linter.Cli;

/// <summary>
/// Resolves the configuration of every document before anything is linted, and loads the custom
/// rules it lists; shared by <c>check</c> and <c>test-rules</c>. Mistakes in configuration or rule
/// files are printed in msbuild form and stop the command (exit code 2).
/// </summary>
internal static class ConfigurationStep
{
    /// <summary>
    /// The effective configuration of each of <paramref name="fullPaths"/> (same order) and the rules
    /// to run; false after printing the mistakes when a configuration or rule file is wrong. The
    /// paths are read once, or twice when custom rules are listed, so a caller with many files can
    /// produce them on the fly rather than keep them all.
    /// </summary>
    public static bool TryResolve(
        IEnumerable<string> fullPaths,
        string? explicitConfig,
        CustomRuleLoadOptions loadOptions,
        TextWriter stderr,
        string currentDirectory,
        out RuleSetup rules,
        out EffectiveConfiguration[] configurations)
    {
        var resolver = new ConfigurationResolver(RuleCatalog.FromRules(BuiltInRules.All), explicitConfig);
        configurations = [.. fullPaths.Select(resolver.Resolve)];
        rules = RuleSetup.BuiltInOnly;
        if (RuleSetup.AnyListed(configurations))
        {
            // Custom rules are named in the configuration, so they are loaded from a first reading of it; the configuration is then read again against a catalog that knows them.
            rules = RuleSetup.Load(configurations, loadOptions);
            if (!ReportCustomRuleProblems(rules.Custom, stderr, currentDirectory))
            {
                return false;
            }

            resolver = new ConfigurationResolver(rules.Catalog, explicitConfig);
            configurations = [.. fullPaths.Select(resolver.Resolve)];
        }

        var errors = resolver.Errors;
        if (errors.IsEmpty)
        {
            return true;
        }

        foreach (var error in errors)
        {
            ConfigErrorFormatter.Write(stderr, error, currentDirectory);
        }

        stderr.WriteLine($"stmtlint: {Plural(errors.Length, "configuration error")}; nothing was checked");
        return false;
    }

    /// <summary>Prints the mistakes in custom rule files and the C# files skipped; false when there were mistakes.</summary>
    private static bool ReportCustomRuleProblems(CustomRuleSet custom, TextWriter stderr, string currentDirectory)
    {
        foreach (var skipped in custom.SkippedCodeFiles)
        {
            stderr.WriteLine($"stmtlint: warning: --no-code-rules: the C# rule file '{PathResolver.ToDisplayPath(skipped, currentDirectory)}' was neither compiled nor run");
        }

        if (custom.Errors.IsEmpty)
        {
            return true;
        }

        foreach (var error in custom.Errors)
        {
            ConfigErrorFormatter.Write(stderr, error, currentDirectory);
        }

        stderr.WriteLine($"stmtlint: {Plural(custom.Errors.Length, "error")} in custom rule files; nothing was checked");
        return false;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
