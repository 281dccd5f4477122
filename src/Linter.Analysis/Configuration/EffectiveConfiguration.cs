using System.Collections.Immutable;
using Linter.Syntax;

namespace Linter.Analysis.Configuration;

/// <summary>
/// Everything configuration decides for one document, after discovery, <c>extends</c>, overrides and
/// <c>.editorconfig</c> have been combined. Immutable; documents in one folder usually share an instance.
/// </summary>
public sealed class EffectiveConfiguration
{
    internal EffectiveConfiguration(
        AnalysisOptions analysis,
        ParseOptions parse,
        GlobSet? include,
        GlobSet? exclude,
        ImmutableArray<ConfigGlob> customRules,
        ImmutableArray<string> sources)
    {
        Analysis = analysis;
        Parse = parse;
        Include = include;
        Exclude = exclude;
        CustomRules = customRules;
        Sources = sources;
        _fingerprint = new Lazy<string>(() => ConfigurationFingerprint.Compute(this));
    }

    private readonly Lazy<string> _fingerprint;

    /// <summary>The configuration of a document that no configuration file covers: every rule at its default.</summary>
    public static EffectiveConfiguration Default { get; } = new(AnalysisOptions.Default, ParseOptions.Default, null, null, [], []);

    /// <summary>Rules, severities, options and cited documents for the engine.</summary>
    public AnalysisOptions Analysis { get; }

    /// <summary>The parser's options, carrying the configured vocabulary.</summary>
    public ParseOptions Parse { get; }

    /// <summary>The files to check when searching folders; null checks every document found.</summary>
    public GlobSet? Include { get; }

    /// <summary>The files to leave alone; null excludes nothing.</summary>
    public GlobSet? Exclude { get; }

    /// <summary>The globs of custom rule files (<c>custom-rules:</c>), each relative to the folder of the file that lists it.</summary>
    public ImmutableArray<ConfigGlob> CustomRules { get; }

    /// <summary>The configuration files that contributed, farthest first; empty when none did.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>
    /// A stable hash of everything here that can change a document's diagnostics (rules, severities,
    /// options, cited documents, vocabulary, format, custom-rule globs): equal fingerprints mean equal
    /// results for equal text, which is what a result cache needs. Include and exclude are left out:
    /// they decide which files are checked, not what a check finds.
    /// </summary>
    public string Fingerprint => _fingerprint.Value;

    /// <summary>
    /// This configuration with other analysis settings (the command line's rule selection), for the
    /// same files; its <see cref="Fingerprint"/> is computed afresh, so cached results follow.
    /// </summary>
    public EffectiveConfiguration WithAnalysis(AnalysisOptions analysis) =>
        ReferenceEquals(analysis, Analysis) ? this : new(analysis, Parse, Include, Exclude, CustomRules, Sources);

    /// <summary>True when an <c>exclude</c> glob matches <paramref name="fullPath"/>.</summary>
    public bool IsExcluded(string fullPath) => Exclude?.IsMatch(fullPath) ?? false;

    /// <summary>True when <paramref name="fullPath"/> is not excluded and, if there are <c>include</c> globs, matches one.</summary>
    public bool IsIncluded(string fullPath) => !IsExcluded(fullPath) && (Include?.IsMatch(fullPath) ?? true);
}
