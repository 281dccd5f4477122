using Linter.Analysis.Configuration;
using Linter.Cli.Linting;
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
    /// Resolves the configuration of each of <paramref name="documents"/> to find the mistakes and
    /// the rules to run, keeping nothing per document: <paramref name="documents"/> is read once, or
    /// twice when custom rules are listed (a lazy listing is listed again), so a caller with many
    /// files produces them on the fly. <paramref name="visit"/> sees each document and its
    /// configuration in the last reading, which <paramref name="startReading"/> announces. Returns
    /// the resolver, whose caches then hold every configuration (few: they are shared by folder and
    /// override), to resolve the documents again while linting; false after printing the mistakes
    /// when a configuration or rule file is wrong.
    /// </summary>
    public static bool TryResolve<T>(
        IEnumerable<T> documents,
        Func<T, string> fullPath,
        string? explicitConfig,
        CustomRuleLoadOptions loadOptions,
        TextWriter stderr,
        string currentDirectory,
        out RuleSetup rules,
        out ConfigurationResolver resolver,
        Action? startReading = null,
        Action<T, EffectiveConfiguration>? visit = null)
    {
        resolver = new ConfigurationResolver(RuleCatalog.FromRules(BuiltInRules.All), explicitConfig, currentDirectory);
        var configurations = Read(documents, fullPath, resolver, startReading, visit);
        rules = RuleSetup.BuiltInOnly;
        if (RuleSetup.AnyListed(configurations))
        {
            // Custom rules are named in the configuration, so they are loaded from a first reading of it; the configuration is then read again against a catalog that knows them.
            rules = RuleSetup.Load(configurations, loadOptions);
            if (!ConfigErrorFormatter.WriteProblems(stderr, new ConfigurationProblems([], rules.Custom.Errors, rules.Custom.SkippedCodeFiles), currentDirectory))
            {
                return false;
            }

            resolver = new ConfigurationResolver(rules.Catalog, explicitConfig, currentDirectory);
            Read(documents, fullPath, resolver, startReading, visit);
        }

        return ConfigErrorFormatter.WriteProblems(stderr, new ConfigurationProblems(resolver.Errors, [], []), currentDirectory);
    }

    /// <summary>Resolves every document; returns the distinct configurations met.</summary>
    private static HashSet<EffectiveConfiguration> Read<T>(
        IEnumerable<T> documents,
        Func<T, string> fullPath,
        ConfigurationResolver resolver,
        Action? startReading,
        Action<T, EffectiveConfiguration>? visit)
    {
        startReading?.Invoke();
        var distinct = new HashSet<EffectiveConfiguration>(ReferenceEqualityComparer.Instance);
        foreach (var document in documents)
        {
            var configuration = resolver.Resolve(fullPath(document));
            distinct.Add(configuration);
            visit?.Invoke(document, configuration);
        }

        return distinct;
    }
}
