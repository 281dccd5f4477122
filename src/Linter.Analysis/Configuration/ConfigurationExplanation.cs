using System.Collections.Immutable;

namespace Linter.Analysis.Configuration;

/// <summary>
/// Why a document's configuration is what it is: the layers applied, weakest first, and for every
/// rule setting and vocabulary list the layer that set it last. Built on request for one document
/// (<see cref="ConfigurationResolver.Explain"/>), never while linting.
/// </summary>
public sealed class ConfigurationExplanation
{
    internal ConfigurationExplanation(
        ImmutableArray<ConfigurationLayer> layers,
        ImmutableDictionary<string, int> severityLayers,
        ImmutableDictionary<(string Id, string Option), int> optionLayers,
        ImmutableDictionary<string, int> vocabularyLayers,
        ImmutableArray<(string Name, IReadOnlyList<string> Phrases)> vocabulary)
    {
        Layers = layers;
        _severityLayers = severityLayers;
        _optionLayers = optionLayers;
        _vocabularyLayers = vocabularyLayers;
        Vocabulary = vocabulary;
    }

    private readonly ImmutableDictionary<string, int> _severityLayers;
    private readonly ImmutableDictionary<(string Id, string Option), int> _optionLayers;
    private readonly ImmutableDictionary<string, int> _vocabularyLayers;

    /// <summary>Every layer in the order applied: configuration files (each after what it extends), the overrides that match, the <c>.editorconfig</c> sections that match.</summary>
    public ImmutableArray<ConfigurationLayer> Layers { get; }

    /// <summary>Every vocabulary list by its configuration name, with its phrases as the document is parsed with them.</summary>
    public ImmutableArray<(string Name, IReadOnlyList<string> Phrases)> Vocabulary { get; }

    /// <summary>The layer that last turned <paramref name="id"/> on or off or set its severity, or null when none did (its default applies).</summary>
    public ConfigurationLayer? SeveritySource(string id) =>
        _severityLayers.TryGetValue(id, out var layer) ? Layers[layer] : null;

    /// <summary>The layer that last set option <paramref name="option"/> of <paramref name="id"/>, or null when none did.</summary>
    public ConfigurationLayer? OptionSource(string id, string option) =>
        _optionLayers.TryGetValue((id.ToUpperInvariant(), option.ToLowerInvariant()), out var layer) ? Layers[layer] : null;

    /// <summary>The layer that last edited the vocabulary list <paramref name="name"/>, or null when it is the default.</summary>
    public ConfigurationLayer? VocabularySource(string name) =>
        _vocabularyLayers.TryGetValue(name, out var layer) ? Layers[layer] : null;
}

/// <summary>One layer of a document's configuration.</summary>
/// <param name="Kind">What it is: <see cref="File"/>, <see cref="Extended"/>, <see cref="BuiltIn"/>, <see cref="Override"/> or <see cref="EditorConfigSection"/>.</param>
/// <param name="Path">The file it is in; for a built-in base, its name (<c>all</c>).</param>
/// <param name="Detail">For an override, its <c>files</c> globs; for an <c>.editorconfig</c> section, its <c>[glob]</c>; else empty.</param>
public sealed record ConfigurationLayer(string Kind, string Path, string Detail)
{
    /// <summary>A configuration file found next to or above the document, or given with <c>--config</c>.</summary>
    public const string File = "file";

    /// <summary>A configuration file named by an <c>extends</c> entry.</summary>
    public const string Extended = "extends";

    /// <summary>A built-in base named by <c>extends</c> (<c>all</c>).</summary>
    public const string BuiltIn = "built-in";

    /// <summary>An <c>overrides</c> entry whose globs match the document.</summary>
    public const string Override = "override";

    /// <summary>An <c>.editorconfig</c> section whose glob matches the document.</summary>
    public const string EditorConfigSection = "editorconfig";
}
