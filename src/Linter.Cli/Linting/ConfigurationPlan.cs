using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.CustomRules;

namespace Linter.Cli.Linting;

/// <summary>
/// What applies to the documents of one configuration (usually a folder's): the effective
/// configuration, with the command line's rule selection applied, the engine of its built-in and
/// custom rules, and the mistakes met on the way. A plan with errors lints nothing.
/// </summary>
internal sealed class ConfigurationPlan
{
    public ConfigurationPlan(EffectiveConfiguration configuration, DocumentRules rules, RuleCatalog catalog, CustomRuleSet customRules, ConfigurationProblems problems)
    {
        Configuration = configuration;
        Rules = rules;
        Catalog = catalog;
        CustomRules = customRules;
        Problems = problems;
    }

    /// <summary>The effective configuration, rule selection applied.</summary>
    public EffectiveConfiguration Configuration { get; }

    /// <summary>The engine and the fingerprint of the custom rule files in it (part of the cache key).</summary>
    public DocumentRules Rules { get; }

    public AnalysisEngine Engine => Rules.Engine;

    /// <summary>What the configuration could name: the built-in rules and the custom rules loaded for it.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>The custom rules loaded for the configuration, with their files.</summary>
    public CustomRuleSet CustomRules { get; }

    public ConfigurationProblems Problems { get; }

    /// <summary>The severity <paramref name="descriptor"/> reports at under this plan, or null when it is off: as the engine reads configuration.</summary>
    public Severity? SeverityOf(DiagnosticDescriptor descriptor)
    {
        var rule = Configuration.Analysis.GetRule(descriptor.Id) ?? RuleConfiguration.Default;
        return rule.Enabled ?? descriptor.IsEnabledByDefault ? rule.Severity ?? descriptor.DefaultSeverity : null;
    }

    /// <summary>True when a mistake in configuration or rule files stops the documents from being linted.</summary>
    public bool HasErrors => Problems.HasErrors;
}
