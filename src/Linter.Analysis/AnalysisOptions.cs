using System.Collections.Immutable;

namespace Linter.Analysis;

/// <summary>
/// The effective settings for analysing one document, produced from configuration: which rules run
/// at which severity with which options, and what is known about the documents it cites.
/// </summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Settings by rule ID ("SL1001"); a rule without an entry runs with its descriptor's defaults.</summary>
    public ImmutableDictionary<string, RuleConfiguration> Rules { get; init; } =
        ImmutableDictionary.Create<string, RuleConfiguration>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Documents the configuration says may be cited (config <c>cited:</c>).</summary>
    public ImmutableArray<CitedDocumentSource> CitedDocuments { get; init; } = [];

    /// <summary>Names of the speaker's own side (config <c>own-side:</c>), whose claims are never contested.</summary>
    public ImmutableArray<string> OwnSide { get; init; } = [];

    /// <summary>Names of sources the document answers (config <c>contested:</c>), whose claims need a rebuttal.</summary>
    public ImmutableArray<string> Contested { get; init; } = [];

    /// <summary>The configuration for <paramref name="id"/>, or null when it has none.</summary>
    public RuleConfiguration? GetRule(string id) => Rules.TryGetValue(id, out var configuration) ? configuration : null;
}
