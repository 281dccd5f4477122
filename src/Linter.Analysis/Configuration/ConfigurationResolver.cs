using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace Linter.Analysis.Configuration;

/// <summary>
/// Finds and combines the configuration of each document: the nearest <c>.stmtlint.yaml</c> (or
/// <c>.stmtlint.yml</c>) and those above it up to one with <c>root: true</c>, each with what it
/// <c>extends</c>; then its <c>overrides</c> that match the document; then <c>.editorconfig</c> severities.
/// </summary>
/// <remarks>
/// Files are read once, the files in force are cached by folder and combinations by the files and
/// overrides in force, so a run over 10,000 documents reads each configuration file once and keeps
/// nothing per document. Mistakes do not throw: they collect in <see cref="Errors"/>, which a
/// caller checks before linting anything. Safe to use from several threads.
/// </remarks>
public sealed class ConfigurationResolver
{
    /// <summary>The file names looked for in each folder, in order of preference.</summary>
    public static readonly IReadOnlyList<string> FileNames = [".stmtlint.yaml", ".stmtlint.yml"];

    private const string EditorConfigName = ".editorconfig";

    private readonly RuleCatalog _catalog;
    private readonly string? _explicitPath;
    private readonly Lock _lock = new();
    private readonly List<ConfigurationError> _errors = [];
    private readonly Dictionary<string, ConfigFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EditorConfigFile?> _editorConfigs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<ConfigFile>> _chains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _rootFolders = new(StringComparer.Ordinal);
    private readonly string? _workingDirectory;
    private readonly Dictionary<string, ImmutableArray<EditorConfigFile>> _editorChains = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(ImmutableArray<ConfigFile> Chain, ImmutableArray<EditorConfigFile> EditorChain, string Matches), EffectiveConfiguration> _effective = new();

    /// <summary>Creates a resolver.</summary>
    /// <param name="catalog">The rules that configuration may name.</param>
    /// <param name="explicitConfigPath">The full path given with <c>--config</c>: that file (and what it extends) is used for every document, and no other is looked for.</param>
    /// <param name="workingDirectory">
    /// Where the command runs. Outside a git work tree, the paths configuration names must stay in the
    /// folder of the root configuration, or in this folder when it holds that one: the user chose where
    /// to run, the repository did not. Null: the root configuration's folder alone.
    /// </param>
    public ConfigurationResolver(RuleCatalog catalog, string? explicitConfigPath = null, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _explicitPath = explicitConfigPath is null ? null : Path.GetFullPath(explicitConfigPath);
        _workingDirectory = workingDirectory is null ? null : Path.GetFullPath(workingDirectory);
    }

    /// <summary>Every mistake found so far in the files read, sorted by file and position.</summary>
    public ImmutableArray<ConfigurationError> Errors
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors.Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)];
            }
        }
    }

    /// <summary>
    /// The mistakes in the files in force for the document at <paramref name="filePath"/> (its
    /// configuration files, what they extend, and its <c>.editorconfig</c> files), sorted as
    /// <see cref="Errors"/> are: what stops that document, and only that one, from being linted.
    /// Resolves the document's configuration first, so every file that matters has been read.
    /// </summary>
    public ImmutableArray<ConfigurationError> ErrorsFor(string filePath)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        Resolve(filePath);
        var fullPath = Path.GetFullPath(filePath);
        var directory = Path.GetDirectoryName(fullPath) ?? fullPath;
        lock (_lock)
        {
            if (_errors.Count == 0)
            {
                return [];
            }

            var files = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in _explicitPath is null ? ChainFor(directory) : ExplicitChain())
            {
                files.Add(file.Path);
            }

            // Every .editorconfig read on the way up counts, also one whose mistakes left it without a section.
            for (var folder = directory; folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var path = Path.Combine(folder, EditorConfigName);
                files.Add(path);
                if (_editorConfigs.GetValueOrDefault(path) is { Root: true })
                {
                    break;
                }
            }

            return [.. _errors.Where(e => files.Contains(e.Path)).Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)];
        }
    }

    /// <summary>The effective configuration of the document at <paramref name="filePath"/>.</summary>
    public EffectiveConfiguration Resolve(string filePath)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        var fullPath = Path.GetFullPath(filePath);
        var directory = Path.GetDirectoryName(fullPath) ?? fullPath;
        var (chain, editorChain) = ChainsFor(directory);

        if (chain.IsEmpty && editorChain.IsEmpty)
        {
            return EffectiveConfiguration.Default;
        }

        // Documents share a result when the same files are in force (the cached chains are shared by
        // every folder they apply to; ImmutableArray compares by instance) and the same overrides and
        // .editorconfig sections pick them: nothing else in a result depends on the document.
        var key = new StringBuilder();
        for (var i = 0; i < chain.Length; i++)
        {
            for (var j = 0; j < chain[i].Overrides.Length; j++)
            {
                if (chain[i].Overrides[j].Files.IsMatch(fullPath))
                {
                    key.Append('|').Append(i).Append('.').Append(j);
                }
            }
        }

        for (var i = 0; i < editorChain.Length; i++)
        {
            for (var j = 0; j < editorChain[i].Sections.Length; j++)
            {
                if (editorChain[i].Sections[j].Glob.IsMatch(Path.GetRelativePath(editorChain[i].Directory, fullPath).Replace('\\', '/')))
                {
                    key.Append("|e").Append(i).Append('.').Append(j);
                }
            }
        }

        return _effective.GetOrAdd((chain, editorChain, key.ToString()), _ => Build(chain, editorChain, fullPath));
    }

    private static EffectiveConfiguration Build(ImmutableArray<ConfigFile> chain, ImmutableArray<EditorConfigFile> editorChain, string fullPath)
    {
        var builder = new SettingsBuilder();
        Apply(builder, chain, editorChain, fullPath, layers: null);
        return builder.Build();
    }

    /// <summary>
    /// Applies the layers in force for <paramref name="fullPath"/>, weakest first: each file and the
    /// overrides of it that match, then the matching <c>.editorconfig</c> sections. When
    /// <paramref name="layers"/> is given, each layer is added to it as it is applied.
    /// </summary>
    private static void Apply(SettingsBuilder builder, ImmutableArray<ConfigFile> chain, ImmutableArray<EditorConfigFile> editorChain, string fullPath, List<ConfigurationLayer>? layers)
    {
        var extended = layers is null ? null : ExtendedPaths(chain);
        foreach (var file in chain)
        {
            Layer(file.IsBuiltIn ? ConfigurationLayer.BuiltIn : extended?.Contains(file.Path) == true ? ConfigurationLayer.Extended : ConfigurationLayer.File, file.Path, "");
            builder.ApplyFile(file);
            foreach (var configOverride in file.Overrides)
            {
                if (configOverride.Files.IsMatch(fullPath))
                {
                    Layer(ConfigurationLayer.Override, file.Path, string.Join(", ", configOverride.Files.Globs.Select(g => g.Pattern)));
                    builder.ApplyOverride(configOverride);
                }
            }
        }

        foreach (var editorConfig in editorChain)
        {
            if (layers is null)
            {
                builder.ApplySeverities(editorConfig.SeveritiesFor(fullPath));
                continue;
            }

            // Explained section by section, so each severity is put down to its own section.
            foreach (var section in editorConfig.SectionsFor(fullPath))
            {
                Layer(ConfigurationLayer.EditorConfigSection, editorConfig.Path, section.Header);
                builder.ApplySeverities(section.Severities);
            }
        }

        void Layer(string kind, string path, string detail)
        {
            if (layers is not null)
            {
                builder.Layer = layers.Count;
                layers.Add(new ConfigurationLayer(kind, path, detail));
            }
        }
    }

    /// <summary>The configuration files and the <c>.editorconfig</c> files in force in <paramref name="directory"/>, weakest first.</summary>
    private (ImmutableArray<ConfigFile> Chain, ImmutableArray<EditorConfigFile> EditorChain) ChainsFor(string directory)
    {
        lock (_lock)
        {
            return (_explicitPath is null ? ChainFor(directory) : ExplicitChain(), EditorChainFor(directory));
        }
    }

    /// <summary>The files of <paramref name="chain"/> that some file of it names in <c>extends</c>.</summary>
    private static HashSet<string> ExtendedPaths(ImmutableArray<ConfigFile> chain)
    {
        var extended = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in chain)
        {
            var directory = Path.GetDirectoryName(file.Path) ?? file.Path;
            foreach (var reference in file.Extends)
            {
                extended.Add(Path.GetFullPath(reference.Target, directory));
            }
        }

        return extended;
    }

    /// <summary>
    /// Why the document at <paramref name="filePath"/> has the configuration <see cref="Resolve"/>
    /// gives it: the layers in force and what each set. Reads what <see cref="Resolve"/> reads.
    /// </summary>
    public ConfigurationExplanation Explain(string filePath)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        var fullPath = Path.GetFullPath(filePath);
        var directory = Path.GetDirectoryName(fullPath) ?? fullPath;
        var (chain, editorChain) = ChainsFor(directory);

        var builder = new SettingsBuilder(trace: true);
        var layers = new List<ConfigurationLayer>();
        Apply(builder, chain, editorChain, fullPath, layers);
        var vocabulary = builder.Build().Parse.Vocabulary;
        var (severities, options, vocabularyLayers) = builder.Trace;
        return new ConfigurationExplanation(
            [.. layers],
            severities.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
            options.ToImmutableDictionary(),
            vocabularyLayers.ToImmutableDictionary(StringComparer.Ordinal),
            [.. VocabularyLists.Names.Select(name => (name, VocabularyLists.Get(vocabulary, name).Phrases))]);
    }

    /// <summary>The configuration files in force in <paramref name="directory"/>, weakest first. Caller holds the lock.</summary>
    private ImmutableArray<ConfigFile> ChainFor(string directory)
    {
        if (_chains.TryGetValue(directory, out var cached))
        {
            return cached;
        }

        var path = FileNames.Select(name => Path.Combine(directory, name)).FirstOrDefault(File.Exists);
        var parent = Path.GetDirectoryName(directory);
        ImmutableArray<ConfigFile> chain;
        if (path is null)
        {
            chain = parent is null ? [] : ChainFor(parent);
            _rootFolders[directory] = parent is null ? null : _rootFolders.GetValueOrDefault(parent);
        }
        else
        {
            // The root configuration's folder is the farthest file found above, or this one when it says root: true.
            string RootFolder(bool root) => (root || parent is null ? null : RootFolderOf(parent)) ?? directory;
            var file = Load(path, root => Boundary(directory, RootFolder(root)), ownBoundary: Boundary(directory, directory));
            var above = file.Root || parent is null ? [] : ChainFor(parent);
            var rootFolder = RootFolder(file.Root);
            _rootFolders[directory] = rootFolder;
            chain = [.. above, .. Expand(file, [], Boundary(directory, rootFolder))];
        }

        _chains[directory] = chain;
        return chain;
    }

    /// <summary>The folder of the root configuration in force in <paramref name="directory"/>, or null when none is. Caller holds the lock.</summary>
    private string? RootFolderOf(string directory)
    {
        ChainFor(directory);
        return _rootFolders.GetValueOrDefault(directory);
    }

    /// <summary>The folder the configuration files of <paramref name="directory"/> may name files in: its git work tree, else the root configuration's folder (or the working directory holding it).</summary>
    private string Boundary(string directory, string rootFolder) =>
        RepositoryBoundary.FindWorkTree(directory)
        ?? (_workingDirectory is not null && RepositoryBoundary.Contains(_workingDirectory, rootFolder) ? _workingDirectory : rootFolder);

    private ImmutableArray<ConfigFile> ExplicitChain()
    {
        var key = "--config " + _explicitPath;
        if (!_chains.TryGetValue(key, out var chain))
        {
            var directory = Path.GetDirectoryName(_explicitPath!) ?? _explicitPath!;
            var boundary = Boundary(directory, directory);
            chain = Expand(Load(_explicitPath!, _ => boundary, ownBoundary: null), [], boundary);
            _chains[key] = chain;
        }

        return chain;
    }

    /// <summary>
    /// <paramref name="file"/> preceded by what it extends, in order, each expanded the same way;
    /// <paramref name="visiting"/> holds the files on the current path, to catch cycles; every file
    /// extended must be inside <paramref name="boundary"/>.
    /// </summary>
    private ImmutableArray<ConfigFile> Expand(ConfigFile file, ImmutableList<string> visiting, string boundary)
    {
        visiting = visiting.Add(file.Path);
        var result = ImmutableArray.CreateBuilder<ConfigFile>();
        foreach (var reference in file.Extends)
        {
            switch (reference.Target)
            {
                case "recommended":
                    // Every rule at its default: nothing to add.
                    continue;
                case "all":
                    result.Add(new ConfigFile
                    {
                        Path = "all",
                        IsBuiltIn = true,
                        Rules = [.. _catalog.Entries.Select(e => new RuleSetting(e.Descriptor.Id, true, null, ImmutableDictionary<string, object>.Empty))],
                    });
                    continue;
            }

            var directory = Path.GetDirectoryName(file.Path) ?? file.Path;
            var target = Path.GetFullPath(reference.Target, directory);
            if (visiting.Contains(target, StringComparer.Ordinal))
            {
                var cycle = visiting.SkipWhile(p => !string.Equals(p, target, StringComparison.Ordinal)).Append(target).Select(p => Path.GetRelativePath(directory, p));
                _errors.Add(new ConfigurationError(file.Path, reference.Line, reference.Column,
                    $"'extends' makes a cycle: {string.Join(" -> ", cycle)}", "remove one of these 'extends' entries"));
                continue;
            }

            if (!RepositoryBoundary.Contains(boundary, target))
            {
                // Named, never read: its lines would come back as "unknown key" errors.
                _errors.Add(new ConfigurationError(file.Path, reference.Line, reference.Column,
                    $"the extended configuration '{reference.Target}' is outside the repository",
                    OutsideHint(boundary)));
                continue;
            }

            if (!File.Exists(target))
            {
                _errors.Add(new ConfigurationError(file.Path, reference.Line, reference.Column,
                    $"the extended configuration '{reference.Target}' does not exist",
                    "'extends' takes 'recommended', 'all' or a path relative to the folder of this configuration file"));
                continue;
            }

            result.AddRange(Expand(Load(target, _ => boundary, ownBoundary: null), visiting, boundary));
        }

        result.Add(file);
        return result.ToImmutable();
    }

    /// <summary>The hint of every "outside the repository" error.</summary>
    internal static string OutsideHint(string boundary) =>
        $"paths named by configuration must stay inside the repository, '{boundary}' (its git work tree, or the folder of the root configuration), symbolic links resolved";

    /// <summary>
    /// Reads and parses a configuration file once. <paramref name="boundaryFor"/> gives, from the
    /// file's <c>root</c>, the folder the paths it names must stay in. A discovered file whose own
    /// real path is outside <paramref name="ownBoundary"/> (a link out of the repository) is an
    /// error that names it and reads nothing; an extended file was checked where it is named, and
    /// <c>--config</c> is the user's own choice. Caller holds the lock.
    /// </summary>
    private ConfigFile Load(string path, Func<bool, string> boundaryFor, string? ownBoundary)
    {
        if (_files.TryGetValue(path, out var file))
        {
            return file;
        }

        if (ownBoundary is not null && !RepositoryBoundary.Contains(ownBoundary, path))
        {
            _errors.Add(new ConfigurationError(path, 1, 1, "the configuration file is a link to a file outside the repository; it was not read", OutsideHint(ownBoundary)));
            file = new ConfigFile { Path = path };
            _files[path] = file;
            return file;
        }

        string text;
        try
        {
            text = IO.BoundedFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Add(new ConfigurationError(path, 1, 1, $"cannot read the configuration file: {e.Message}"));
            text = "";
        }

        file = ConfigFileParser.Parse(path, text, _catalog, _errors, boundaryFor);
        _files[path] = file;
        return file;
    }

    /// <summary>The <c>.editorconfig</c> files in force in <paramref name="directory"/>, weakest (farthest) first. Caller holds the lock.</summary>
    private ImmutableArray<EditorConfigFile> EditorChainFor(string directory)
    {
        if (_editorChains.TryGetValue(directory, out var cached))
        {
            return cached;
        }

        var file = LoadEditorConfig(Path.Combine(directory, EditorConfigName));
        var parent = Path.GetDirectoryName(directory);
        var above = file is { Root: true } || parent is null ? [] : EditorChainFor(parent);
        var chain = file is null || file.Sections.IsEmpty ? above : [.. above, file];
        _editorChains[directory] = chain;
        return chain;
    }

    private EditorConfigFile? LoadEditorConfig(string path)
    {
        if (_editorConfigs.TryGetValue(path, out var file))
        {
            return file;
        }

        file = null;
        if (File.Exists(path))
        {
            try
            {
                file = EditorConfigFile.Parse(path, IO.BoundedFile.ReadAllText(path), _catalog, _errors);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _errors.Add(new ConfigurationError(path, 1, 1, $"cannot read the .editorconfig file: {e.Message}"));
            }
        }

        _editorConfigs[path] = file;
        return file;
    }
}
