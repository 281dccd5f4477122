using System.Collections.Immutable;

namespace Linter.Analysis.Configuration;

/// <summary>One <c>.stmtlint.yaml</c> as parsed and checked, before <c>extends</c> and discovery combine it with others.</summary>
internal sealed record ConfigFile
{
    /// <summary>The full path of the file.</summary>
    public required string Path { get; init; }

    public bool Root { get; init; }

    public ImmutableArray<ExtendsReference> Extends { get; init; } = [];

    /// <summary>Globs of the files to check; null when the file does not say.</summary>
    public ImmutableArray<ConfigGlob>? Include { get; init; }

    /// <summary>Globs of the files to leave alone; null when the file does not say.</summary>
    public ImmutableArray<ConfigGlob>? Exclude { get; init; }

    public ImmutableArray<RuleSetting> Rules { get; init; } = [];

    public ImmutableArray<VocabularyEdit> Vocabulary { get; init; } = [];

    public ImmutableArray<CitedDocumentSource> Cited { get; init; } = [];

    /// <summary>Names of the speaker's own side (<c>own-side:</c>): their claims are never contested.</summary>
    public ImmutableArray<string> OwnSide { get; init; } = [];

    /// <summary>Names of sources the documents answer (<c>contested:</c>): their claims need a rebuttal.</summary>
    public ImmutableArray<string> Contested { get; init; } = [];

    public ImmutableArray<ConfigGlob> CustomRules { get; init; } = [];

    public ImmutableArray<ConfigOverride> Overrides { get; init; } = [];

    /// <summary>A built-in base (<c>recommended</c>, <c>all</c>) has no file; its path is its name.</summary>
    public bool IsBuiltIn { get; init; }
}
