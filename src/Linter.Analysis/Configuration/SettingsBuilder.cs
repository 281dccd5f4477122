using System.Collections.Immutable;
using Linter.Syntax;

namespace Linter.Analysis.Configuration;

/// <summary>
/// Folds configuration layers, weakest first, into an <see cref="EffectiveConfiguration"/>: each
/// layer replaces what it sets (per rule: severity, enablement and each option separately) and
/// leaves the rest in force.
/// </summary>
internal sealed class SettingsBuilder
{
    private readonly Dictionary<string, (bool? Enabled, Severity? Severity, ImmutableDictionary<string, object> Options)> _rules = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CitedDocumentSource> _cited = [];
    private readonly List<string> _ownSide = [];
    private readonly List<string> _contested = [];
    private readonly List<ConfigGlob> _customRules = [];
    private readonly List<string> _sources = [];
    private Vocabulary _vocabulary = Vocabulary.Default;
    private bool _vocabularyChanged;
    private ImmutableArray<ConfigGlob>? _include;
    private ImmutableArray<ConfigGlob>? _exclude;

    /// <summary>Where each setting came from, recorded only when a configuration is explained.</summary>
    private readonly Dictionary<string, int>? _severityLayers;
    private readonly Dictionary<(string Id, string Option), int>? _optionLayers;
    private readonly Dictionary<string, int>? _vocabularyLayers;

    public SettingsBuilder(bool trace = false)
    {
        if (trace)
        {
            _severityLayers = new(StringComparer.OrdinalIgnoreCase);
            _optionLayers = [];
            _vocabularyLayers = new(StringComparer.Ordinal);
        }
    }

    /// <summary>The index of the layer being applied, for the trace.</summary>
    public int Layer { get; set; }

    /// <summary>The trace: the layer that last set each severity, option and vocabulary list (empty unless tracing).</summary>
    public (IReadOnlyDictionary<string, int> Severities, IReadOnlyDictionary<(string Id, string Option), int> Options, IReadOnlyDictionary<string, int> Vocabulary) Trace =>
        (_severityLayers ?? [], _optionLayers ?? [], _vocabularyLayers ?? []);

    /// <summary>Applies a file's top-level settings (not its overrides).</summary>
    public void ApplyFile(ConfigFile file)
    {
        if (!file.IsBuiltIn)
        {
            _sources.Add(file.Path);
        }

        ApplyRules(file.Rules);
        ApplyVocabulary(file.Vocabulary);
        _include = file.Include ?? _include;
        _exclude = file.Exclude ?? _exclude;
        foreach (var cited in file.Cited)
        {
            // A nearer file describing the same document replaces the farther description.
            _cited.RemoveAll(c => string.Equals(c.Name, cited.Name, StringComparison.OrdinalIgnoreCase));
            _cited.Add(cited);
        }

        // Each layer adds names: an organisation's own side and the sources it answers hold in every folder below.
        _ownSide.AddRange(file.OwnSide.Where(name => !_ownSide.Contains(name, StringComparer.OrdinalIgnoreCase)));
        _contested.AddRange(file.Contested.Where(name => !_contested.Contains(name, StringComparer.OrdinalIgnoreCase)));

        foreach (var glob in file.CustomRules)
        {
            if (!_customRules.Contains(glob))
            {
                _customRules.Add(glob);
            }
        }
    }

    public void ApplyOverride(ConfigOverride configOverride)
    {
        ApplyRules(configOverride.Rules);
        ApplyVocabulary(configOverride.Vocabulary);
    }

    /// <summary>Applies <c>.editorconfig</c> severities, which win over every YAML layer, as Roslyn's do over rule sets.</summary>
    public void ApplySeverities(IEnumerable<KeyValuePair<string, (bool? Enabled, Severity? Severity)>> severities)
    {
        foreach (var (id, (enabled, severity)) in severities)
        {
            var current = _rules.TryGetValue(id, out var existing) ? existing : (null, null, ImmutableDictionary<string, object>.Empty);
            _rules[id] = (enabled, severity, current.Options);
            _severityLayers?[id] = Layer;
        }
    }

    public EffectiveConfiguration Build()
    {
        var rules = _rules.ToImmutableDictionary(
            pair => pair.Key,
            pair => new RuleConfiguration(pair.Value.Enabled, pair.Value.Severity, pair.Value.Options.IsEmpty ? RuleOptions.Empty : new RuleOptions(pair.Value.Options)),
            StringComparer.OrdinalIgnoreCase);
        var analysis = new AnalysisOptions { Rules = rules, CitedDocuments = [.. _cited], OwnSide = [.. _ownSide], Contested = [.. _contested] };
        var parse = _vocabularyChanged ? ParseOptions.Default with { Vocabulary = _vocabulary } : ParseOptions.Default;
        return new EffectiveConfiguration(
            analysis,
            parse,
            _include is { IsEmpty: false } include ? new GlobSet(include) : null,
            _exclude is { IsEmpty: false } exclude ? new GlobSet(exclude) : null,
            [.. _customRules],
            [.. _sources.Distinct(StringComparer.Ordinal)]);
    }

    private void ApplyRules(ImmutableArray<RuleSetting> settings)
    {
        foreach (var setting in settings)
        {
            var (enabled, severity, options) = _rules.TryGetValue(setting.Id, out var existing) ? existing : (null, null, ImmutableDictionary<string, object>.Empty);
            if (setting.Enabled is not null || setting.Severity is not null)
            {
                enabled = setting.Enabled;
                severity = setting.Severity;
                _severityLayers?[setting.Id] = Layer;
            }

            foreach (var option in setting.Options.Keys)
            {
                _optionLayers?[(setting.Id.ToUpperInvariant(), option.ToLowerInvariant())] = Layer;
            }

            _rules[setting.Id] = (enabled, severity, options.SetItems(setting.Options));
        }
    }

    private void ApplyVocabulary(ImmutableArray<VocabularyEdit> edits)
    {
        foreach (var edit in edits)
        {
            _vocabulary = VocabularyLists.Apply(_vocabulary, edit);
            _vocabularyChanged = true;
            _vocabularyLayers?[edit.List] = Layer;
        }
    }
}
