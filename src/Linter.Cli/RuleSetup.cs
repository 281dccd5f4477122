using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.CustomRules;
using Linter.Rules;

namespace Linter.Cli;

/// <summary>
/// The rules of one check: the built-in rules for every document, and for each document the custom
/// rules that its configuration's <c>custom-rules:</c> lists. Documents whose configurations list the
/// same rule files share one engine.
/// </summary>
internal sealed class RuleSetup
{
    private static readonly DocumentRules s_builtInOnly = new(new AnalysisEngine(BuiltInRules.All), "");

    private readonly Dictionary<string, DocumentRules> _engines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<string>> _filesByGlobs = new(StringComparer.Ordinal);

    private RuleSetup(CustomRuleSet custom)
    {
        Custom = custom;
        var rules = BuiltInRules.All.Concat(custom.AllRules).ToList();
        Catalog = RuleCatalog.FromRules(rules, isPartial: !custom.SkippedCodeFiles.IsEmpty);
        Descriptors = [.. EngineDiagnostics.All, .. rules.SelectMany(r => r.SupportedDiagnostics)];
    }

    /// <summary>The built-in rules alone.</summary>
    public static RuleSetup BuiltInOnly { get; } = new(CustomRuleSet.Empty);

    /// <summary>The custom rules loaded, with their mistakes and the C# files skipped.</summary>
    public CustomRuleSet Custom { get; }

    /// <summary>What configuration may name: the built-in rules and every custom rule loaded.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>Every descriptor any document may report, for reading cached results back.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Whether any of <paramref name="configurations"/> (the distinct ones of a run: few) lists custom rules.</summary>
    public static bool AnyListed(IEnumerable<EffectiveConfiguration> configurations) =>
        configurations.Any(c => !c.CustomRules.IsEmpty);

    /// <summary>Loads every custom rule file that one of <paramref name="configurations"/> (the distinct ones of a run) lists.</summary>
    public static RuleSetup Load(IEnumerable<EffectiveConfiguration> configurations, CustomRuleLoadOptions options)
    {
        var globs = configurations.SelectMany(c => c.CustomRules).Distinct();
        var loader = new CustomRuleLoader(RuleCatalog.FromRules(BuiltInRules.All), options);
        return new RuleSetup(loader.Load(CustomRuleFiles.Expand(globs)));
    }

    /// <summary>What identifies the <c>custom-rules:</c> globs of <paramref name="configuration"/>: equal keys name the same rule files.</summary>
    public static string GlobKey(EffectiveConfiguration configuration) =>
        string.Join('\n', configuration.CustomRules.Select(g => g.BaseDirectory + "\t" + g.Pattern));

    /// <summary>
    /// The engine for a document with <paramref name="configuration"/>, and the fingerprint of its
    /// custom rule files (part of the cache key). Not thread-safe: called as files are listed, by one
    /// thread at a time.
    /// </summary>
    public DocumentRules For(EffectiveConfiguration configuration)
    {
        if (configuration.CustomRules.IsEmpty)
        {
            return s_builtInOnly;
        }

        var globKey = GlobKey(configuration);
        if (!_filesByGlobs.TryGetValue(globKey, out var paths))
        {
            paths = CustomRuleFiles.Expand(configuration.CustomRules);
            _filesByGlobs[globKey] = paths;
        }

        var files = paths.Select(Custom.Find).OfType<CustomRuleFile>().ToList();
        var engineKey = string.Join('\n', files.Select(f => f.Path));
        if (!_engines.TryGetValue(engineKey, out var rules))
        {
            var engine = files.Count == 0 ? s_builtInOnly.Engine : new AnalysisEngine(BuiltInRules.All.Concat(files.SelectMany(f => f.Rules)));
            rules = new DocumentRules(engine, string.Join(';', files.Select(f => f.ContentHash)));
            _engines[engineKey] = rules;
        }

        return rules;
    }
}

/// <summary>The engine that checks a document, and the fingerprint of the custom rule files in it.</summary>
internal sealed record DocumentRules(AnalysisEngine Engine, string CustomRulesFingerprint);
