using System.Text;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.CustomRules;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Cli.Linting;

/// <summary>
/// Configuration and rules for every document of a run or an editor session, found per document
/// as <c>check</c> finds them: the nearest configuration files, the custom rules they list (loaded
/// once per set of rule files), the command line's rule selection. <c>check</c> plans every document
/// before it lints any, and the language server plans each document it is given; both lint through
/// <see cref="FileLinter"/>, so they cannot disagree.
/// </summary>
/// <remarks>
/// A document's plan depends only on the files in force for it, never on which other documents were
/// planned before. Files are read once and plans kept until <see cref="ConfigurationChanged"/>.
/// Safe to use from several threads. Writes nothing anywhere: callers report problems.
/// </remarks>
internal sealed class LintWorkspace
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _currentDirectory;
    private readonly string? _explicitConfigPath;
    private readonly CustomRuleLoadOptions _loadOptions;
    private readonly RuleSelection _selection;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (RuleSetup Rules, ConfigurationResolver Resolver)> _custom = new(StringComparer.Ordinal);
    private readonly Dictionary<EffectiveConfiguration, ConfigurationPlan> _plans = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ConfigurationPlan, ConfigurationResolver> _resolvers = new(ReferenceEqualityComparer.Instance);
    private ConfigurationResolver _builtIn;

    /// <param name="currentDirectory">Where the command runs: paths in messages are relative to it, and outside a git work tree it bounds what configuration may name.</param>
    /// <param name="explicitConfigPath">The full path of <c>--config</c>, used for every document instead of discovered files; or null.</param>
    /// <param name="loadOptions">How custom rules are loaded (whether C# rules may run).</param>
    /// <param name="selection">The command line's <c>--select</c>, <c>--extend-select</c> and <c>--ignore</c>; none by default.</param>
    public LintWorkspace(string currentDirectory, string? explicitConfigPath, CustomRuleLoadOptions loadOptions, RuleSelection? selection = null)
    {
        _currentDirectory = currentDirectory;
        _explicitConfigPath = explicitConfigPath;
        _loadOptions = loadOptions;
        _selection = selection ?? RuleSelection.None;
        _builtIn = NewResolver(RuleSetup.BuiltInOnly.Catalog);
    }

    /// <summary>The configuration and rules of the document at <paramref name="fullPath"/>, with the mistakes in the files in force for it.</summary>
    public ConfigurationPlan PlanFor(string fullPath)
    {
        lock (_lock)
        {
            // Equal configurations come from the same files, overrides and sections, so they share a plan.
            var configuration = _builtIn.Resolve(fullPath);
            if (!_plans.TryGetValue(configuration, out var plan))
            {
                (plan, var resolver) = CreatePlan(fullPath, configuration);
                _plans[configuration] = plan;
                _resolvers[plan] = resolver;
            }

            return plan;
        }
    }

    /// <summary>Forgets every configuration and rule file read, so the next plan reads them again.</summary>
    public void ConfigurationChanged()
    {
        lock (_lock)
        {
            _builtIn = NewResolver(RuleSetup.BuiltInOnly.Catalog);
            _custom.Clear();
            _plans.Clear();
            _resolvers.Clear();
        }
    }

    /// <summary>Why the document at <paramref name="fullPath"/> has its plan's configuration: the layers in force and what each set.</summary>
    public ConfigurationExplanation Explain(string fullPath)
    {
        ConfigurationResolver resolver;
        lock (_lock)
        {
            resolver = _resolvers[PlanFor(fullPath)];
        }

        return resolver.Explain(fullPath);
    }

    /// <summary>
    /// Lints <paramref name="text"/> as the document at <paramref name="fullPath"/>, encoded as UTF-8
    /// without a BOM as the saved file would be; nothing is linted while the plan has errors (as
    /// <c>check</c> lints nothing then) or when configuration excludes the document.
    /// </summary>
    public WorkspaceResult Lint(string fullPath, string text, CancellationToken cancellationToken = default)
    {
        var plan = PlanFor(fullPath);
        if (plan.HasErrors)
        {
            return new WorkspaceResult(plan, null, IsExcluded: false);
        }

        if (plan.Configuration.IsExcluded(fullPath))
        {
            return new WorkspaceResult(plan, null, IsExcluded: true);
        }

        return new WorkspaceResult(plan, FileLinter.Lint(s_utf8.GetBytes(text), DisplayPath(fullPath), plan, cancellationToken), IsExcluded: false);
    }

    /// <summary>The tree of <paramref name="text"/> as the document at <paramref name="fullPath"/>, as <see cref="Lint"/> would parse it, whatever the plan's problems.</summary>
    public SyntaxTree Parse(string fullPath, string text) =>
        FileLinter.Parse(s_utf8.GetBytes(text), DisplayPath(fullPath), PlanFor(fullPath));

    /// <summary>True for a file whose change can change a plan: configuration, <c>.editorconfig</c>, and YAML or C# rule files.</summary>
    public static bool IsConfigurationFile(string path)
    {
        var name = Path.GetFileName(path);
        return ConfigurationResolver.FileNames.Contains(name, StringComparer.Ordinal) || name == ".editorconfig"
            || path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".cs", StringComparison.Ordinal);
    }

    /// <summary>The path printed in diagnostics, as <c>check</c> run in the current directory prints it.</summary>
    public string DisplayPath(string fullPath) => PathResolver.ToDisplayPath(fullPath, _currentDirectory);

    /// <summary>The plans made so far: for <c>check</c>, once every document is planned, all of them.</summary>
    public IReadOnlyList<ConfigurationPlan> Plans
    {
        get
        {
            lock (_lock)
            {
                return [.. _plans.Values.Distinct()];
            }
        }
    }

    /// <summary>The problems of every plan made so far, each once.</summary>
    public ConfigurationProblems Problems => ConfigurationProblems.Combine(Plans.Select(p => p.Problems));

    /// <summary>Every rule the plans made so far can run: what the command line's selectors may name.</summary>
    public RuleCatalog Catalog
    {
        get
        {
            var plans = Plans;
            var custom = plans.SelectMany(p => p.CustomRules.AllRules).ToList();
            return custom.Count == 0 && plans.All(p => p.CustomRules.SkippedCodeFiles.IsEmpty)
                ? RuleSetup.BuiltInOnly.Catalog
                : RuleCatalog.FromRules(BuiltInRules.All.Concat(custom), isPartial: plans.Any(p => !p.CustomRules.SkippedCodeFiles.IsEmpty));
        }
    }

    /// <summary>Every descriptor the plans made so far can report, each ID once, for reading cached results back.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors =>
        [.. Plans.SelectMany(p => p.Engine.SupportedDiagnostics).Concat(RuleSetup.BuiltInOnly.Descriptors).DistinctBy(d => d.Id)];

    /// <summary>Makes the plan of a configuration met for the first time. Caller holds the lock.</summary>
    private (ConfigurationPlan Plan, ConfigurationResolver Resolver) CreatePlan(string fullPath, EffectiveConfiguration configuration)
    {
        var (setup, resolver) = (RuleSetup.BuiltInOnly, _builtIn);
        if (!configuration.CustomRules.IsEmpty)
        {
            // Custom rules are named in configuration, so they are loaded from a first reading of it, which is then read again against a catalog that knows them.
            var key = RuleSetup.GlobKey(configuration);
            if (!_custom.TryGetValue(key, out var custom))
            {
                var rules = RuleSetup.Load([configuration], _loadOptions);
                custom = (rules, NewResolver(rules.Catalog));
                _custom[key] = custom;
            }

            (setup, resolver) = custom;
            configuration = resolver.Resolve(fullPath);
        }

        var documentRules = setup.For(configuration);
        var selected = configuration.WithAnalysis(_selection.Apply(configuration.Analysis, documentRules.Engine.SupportedDiagnostics));
        var problems = new ConfigurationProblems(resolver.ErrorsFor(fullPath), setup.Custom.Errors, setup.Custom.SkippedCodeFiles);
        return (new ConfigurationPlan(selected, documentRules, setup.Catalog, setup.Custom, problems), resolver);
    }

    private ConfigurationResolver NewResolver(RuleCatalog catalog) => new(catalog, _explicitConfigPath, _currentDirectory);
}
