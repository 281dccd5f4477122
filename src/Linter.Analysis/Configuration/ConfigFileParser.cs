using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Linter.Analysis.Configuration;

/// <summary>
/// Reads one <c>.stmtlint.yaml</c> with YamlDotNet's representation model, so every node keeps its
/// position, and checks it against the rule catalog. It never stops at the first mistake: each one
/// becomes a <see cref="ConfigurationError"/> and the rest of the file is still read.
/// </summary>
internal sealed class ConfigFileParser
{
    /// <summary>The top-level keys, in the order the reference documents them.</summary>
    public static readonly IReadOnlyList<string> TopLevelKeys =
        ["root", "extends", "include", "exclude", "rules", "overrides", "vocabulary", "cited", "custom-rules", "own-side", "contested"];

    private static readonly IReadOnlyList<string> s_severityWords = ["error", "warning", "info", "hidden", "off", "on", "true", "false"];
    private static readonly IReadOnlyList<string> s_overrideKeys = ["files", "rules", "vocabulary"];
    private static readonly IReadOnlyList<string> s_citedKeys = ["name", "aliases", "path"];
    private static readonly IReadOnlyList<string> s_editKeys = ["add", "remove"];

    private static readonly HashSet<string> s_customRuleExtensions = new([".yaml", ".yml", ".cs"], StringComparer.OrdinalIgnoreCase);
    private static readonly char[] s_wildcards = ['*', '?'];

    private readonly string _path;
    private readonly string _directory;
    private readonly RuleCatalog _catalog;
    private readonly List<ConfigurationError> _errors;
    private readonly Func<bool, string>? _boundaryFor;

    /// <summary>The folder the paths this file names must stay in (<see cref="RepositoryBoundary"/>), once its <c>root</c> is read; null when unchecked.</summary>
    private string? _boundary;

    private ConfigFileParser(string path, RuleCatalog catalog, List<ConfigurationError> errors, Func<bool, string>? boundaryFor)
    {
        _path = path;
        _directory = System.IO.Path.GetDirectoryName(path) ?? path;
        _catalog = catalog;
        _errors = errors;
        _boundaryFor = boundaryFor;
    }

    /// <summary>Parses <paramref name="text"/>, the contents of the file at <paramref name="path"/>, adding its mistakes to <paramref name="errors"/>.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="text">Its contents.</param>
    /// <param name="catalog">The rules it may name.</param>
    /// <param name="errors">Where its mistakes go.</param>
    /// <param name="boundaryFor">From the file's <c>root</c> flag, the folder its <c>cited</c> paths and <c>custom-rules</c> must stay inside; null to leave them unchecked.</param>
    public static ConfigFile Parse(string path, string text, RuleCatalog catalog, List<ConfigurationError> errors, Func<bool, string>? boundaryFor = null) =>
        new ConfigFileParser(path, catalog, errors, boundaryFor).Parse(text);

    private ConfigFile Parse(string text)
    {
        var empty = new ConfigFile { Path = _path };
        if (YamlText.TryLoad(text, out var yamlError) is not { } stream)
        {
            _errors.Add(new ConfigurationError(_path, yamlError.Line, yamlError.Column, yamlError.Message));
            return empty;
        }

        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            return empty;
        }

        if (stream.Documents.Count > 1)
        {
            Error(stream.Documents[1].RootNode, "a configuration file holds one YAML document", "remove the '---' that starts a second one");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            // Positioned, not quoted: a file that is not YAML at all may be anything.
            Error(stream.Documents[0].RootNode, "the configuration must be a mapping of keys such as 'rules' and 'extends'");
            return empty;
        }

        if (root.Children.Count > 1 && !root.Children.Keys.Any(k => TopLevelKeys.Contains(Scalar(k))))
        {
            // Not a configuration at all (a document, a password file reached by mistake): its "keys" are its lines, and none is quoted back.
            // A single unknown key is more likely a typo, and is reported as one, with a hint.
            Error(root, "this file is not a stmtlint configuration: none of its keys is one stmtlint knows", $"the keys are {string.Join(", ", TopLevelKeys.Select(k => "'" + k + "'"))}");
            return empty;
        }

        // 'root' decides the folder the other keys' paths must stay in, so it is read first.
        var isRoot = root.Children.FirstOrDefault(c => Scalar(c.Key) == "root").Value is YamlScalarNode { Value: { } rootText } && bool.TryParse(rootText, out var rootFlag) && rootFlag;
        _boundary = _boundaryFor?.Invoke(isRoot);

        var config = empty;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(keyNode);
            switch (key)
            {
                case "root":
                    config = config with { Root = ReadFlag(value, "'root' must be true or false") ?? false };
                    break;
                case "extends":
                    config = config with { Extends = [.. ReadScalars(value, "'extends' must be a name or path, or a list of them").Select(s => new ExtendsReference(s.Value, Line(s.Node), Column(s.Node)))] };
                    break;
                case "include":
                    config = config with { Include = ReadGlobs(value, "include") };
                    break;
                case "exclude":
                    config = config with { Exclude = ReadGlobs(value, "exclude") };
                    break;
                case "custom-rules":
                    config = config with { CustomRules = ReadCustomRuleGlobs(value) };
                    break;
                case "rules":
                    config = config with { Rules = ReadRules(value) };
                    break;
                case "vocabulary":
                    config = config with { Vocabulary = ReadVocabulary(value) };
                    break;
                case "cited":
                    config = config with { Cited = ReadCited(value) };
                    break;
                case "own-side":
                    config = config with { OwnSide = [.. ReadScalars(value, "'own-side' must be a name, or a list of the names of the speaker's own side").Select(s => s.Value)] };
                    break;
                case "contested":
                    config = config with { Contested = [.. ReadScalars(value, "'contested' must be a name, or a list of the names of sources the document answers").Select(s => s.Value)] };
                    break;
                case "overrides":
                    config = config with { Overrides = ReadOverrides(value) };
                    break;
                default:
                    Error(keyNode, $"unknown key '{key}'", Suggestions.Hint(key, [.. TopLevelKeys], "the keys are"));
                    break;
            }
        }

        return config;
    }

    private ImmutableArray<RuleSetting> ReadRules(YamlNode node)
    {
        if (IsNull(node))
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node, "'rules' must be a mapping of rule IDs or names to severities");
            return [];
        }

        var settings = ImmutableArray.CreateBuilder<RuleSetting>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = Scalar(keyNode);
            var entry = _catalog.Find(name);
            if (entry is null)
            {
                if (!_catalog.IsPartial)
                {
                    Error(keyNode, $"unknown rule '{name}'", _catalog.HintFor(name));
                }

                continue;
            }

            var id = entry.Descriptor.Id;
            if (value is YamlMappingNode ruleMapping)
            {
                bool? enabled = null;
                Severity? severity = null;
                var options = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.OrdinalIgnoreCase);
                foreach (var (optionKey, optionValue) in ruleMapping.Children)
                {
                    var optionName = Scalar(optionKey);
                    if (optionName == "severity")
                    {
                        if (ReadSeverity(optionValue, id) is { } parsed)
                        {
                            (enabled, severity) = parsed;
                        }

                        continue;
                    }

                    var option = entry.Options.FirstOrDefault(o => string.Equals(o.Name, optionName, StringComparison.OrdinalIgnoreCase));
                    if (option is null)
                    {
                        Error(optionKey, $"rule {id} ({entry.Descriptor.Name}) has no option '{optionName}'", entry.Options.IsEmpty
                            ? "it takes no options; only 'severity' can be set"
                            : Suggestions.Hint(optionName, [.. entry.Options.Select(o => o.Name).Append("severity")], "its keys are"));
                        continue;
                    }

                    if (ReadOptionValue(option, optionValue, id) is { } converted)
                    {
                        options[option.Name] = converted;
                    }
                }

                settings.Add(new RuleSetting(id, enabled, severity, options.ToImmutable()));
            }
            else if (ReadSeverity(value, id) is { } parsed)
            {
                settings.Add(new RuleSetting(id, parsed.Enabled, parsed.Severity, ImmutableDictionary<string, object>.Empty));
            }
        }

        return settings.ToImmutable();
    }

    private (bool? Enabled, Severity? Severity)? ReadSeverity(YamlNode node, string id)
    {
        if (node is not YamlScalarNode scalar || IsNull(node))
        {
            Error(node, $"the severity of {id} must be one of {string.Join(", ", s_severityWords)}, or a mapping with 'severity' and options");
            return null;
        }

        var word = scalar.Value ?? "";
        switch (word.ToLowerInvariant())
        {
            case "error":
                return (true, Severity.Error);
            case "warning":
                return (true, Severity.Warning);
            case "info":
                return (true, Severity.Info);
            case "hidden":
                return (true, Severity.Hidden);
            case "on":
            case "true":
                return (true, null);
            case "off":
            case "false":
                return (false, null);
            default:
                Error(node, $"unknown severity '{word}' for {id}", Suggestions.Hint(word, s_severityWords, "the severities are"));
                return null;
        }
    }

    private object? ReadOptionValue(RuleOptionDescriptor option, YamlNode node, string id)
    {
        var scalar = node as YamlScalarNode;
        var text = scalar?.Value ?? "";
        switch (option.Type)
        {
            case RuleOptionType.WholeNumber when scalar is not null && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                return number;
            case RuleOptionType.Flag when scalar is not null && bool.TryParse(text, out var flag):
                return flag;
            case RuleOptionType.Text when scalar is not null && !IsNull(node):
                return text;
            case RuleOptionType.Choice when scalar is not null && option.AllowedValues?.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase)) is { } choice:
                return choice;
            case RuleOptionType.TextList when node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode):
                return ImmutableArray.CreateRange(sequence.Children.Select(Scalar));
        }

        var expected = option.Type switch
        {
            RuleOptionType.WholeNumber => "a whole number",
            RuleOptionType.Flag => "true or false",
            RuleOptionType.Text => "text",
            RuleOptionType.TextList => "a list of text",
            _ => "one of " + string.Join(", ", option.AllowedValues ?? []),
        };
        var hint = option.Type == RuleOptionType.Choice && scalar is not null && option.AllowedValues is { Count: > 0 } allowed && Suggestions.Closest(text, allowed) is { } close
            ? $"did you mean '{close}'?"
            : $"the default is {FormatValue(option.DefaultValue)}";
        Error(node, $"option '{option.Name}' of {id} expects {expected}, not {Describe(node)}", hint);
        return null;
    }

    private ImmutableArray<VocabularyEdit> ReadVocabulary(YamlNode node)
    {
        if (IsNull(node))
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node, "'vocabulary' must be a mapping of list names to lists or to {add, remove}");
            return [];
        }

        var edits = ImmutableArray.CreateBuilder<VocabularyEdit>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var list = Scalar(keyNode);
            if (!VocabularyLists.Contains(list))
            {
                Error(keyNode, $"unknown vocabulary list '{list}'", Suggestions.Hint(list, VocabularyLists.Names.ToArray(), "the lists are"));
                continue;
            }

            if (value is YamlSequenceNode)
            {
                edits.Add(new VocabularyEdit(list, [.. ReadScalars(value, $"the vocabulary list '{list}' must hold text").Select(s => s.Value)], [], []));
            }
            else if (value is YamlMappingNode editMapping)
            {
                ImmutableArray<string> add = [], remove = [];
                foreach (var (editKey, editValue) in editMapping.Children)
                {
                    var operation = Scalar(editKey);
                    var phrases = operation is "add" or "remove"
                        ? [.. ReadScalars(editValue, $"'{operation}' of '{list}' must be a list of text").Select(s => s.Value)]
                        : ImmutableArray<string>.Empty;
                    switch (operation)
                    {
                        case "add":
                            add = phrases;
                            break;
                        case "remove":
                            remove = phrases;
                            break;
                        default:
                            Error(editKey, $"unknown key '{operation}' in vocabulary list '{list}'", Suggestions.Hint(operation, s_editKeys.ToArray(), "the keys are"));
                            break;
                    }
                }

                edits.Add(new VocabularyEdit(list, null, add, remove));
            }
            else
            {
                Error(value, $"the vocabulary list '{list}' must be a list (replacing the default) or a mapping with 'add' and 'remove'");
            }
        }

        return edits.ToImmutable();
    }

    private ImmutableArray<CitedDocumentSource> ReadCited(YamlNode node)
    {
        if (IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, "'cited' must be a list of documents, each with 'name', 'aliases' and 'path'");
            return [];
        }

        var cited = ImmutableArray.CreateBuilder<CitedDocumentSource>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                Error(item, "a cited document must be a mapping with 'name', 'aliases' and 'path'");
                continue;
            }

            string? name = null;
            string? textPath = null;
            ImmutableArray<string> aliases = [];
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Scalar(keyNode);
                switch (key)
                {
                    case "name":
                        name = ReadText(value, "the 'name' of a cited document must be text");
                        break;
                    case "aliases":
                        aliases = [.. ReadScalars(value, "'aliases' must be a list of text").Select(s => s.Value)];
                        break;
                    case "path":
                        var written = ReadText(value, "the 'path' of a cited document must be text");
                        if (written is not null)
                        {
                            var full = System.IO.Path.GetFullPath(written, _directory);
                            if (_boundary is not null && !RepositoryBoundary.Contains(_boundary, full))
                            {
                                // Named, never read: SL1003 would quote it back as the closest passage.
                                Error(value, $"the cited document's text '{written}' is outside the repository", ConfigurationResolver.OutsideHint(_boundary));
                            }
                            else if (File.Exists(full))
                            {
                                textPath = full;
                            }
                            else
                            {
                                Error(value, $"the cited document's text '{written}' does not exist", "the path is relative to the folder of this configuration file");
                            }
                        }

                        break;
                    default:
                        Error(keyNode, $"unknown key '{key}' in a cited document", Suggestions.Hint(key, s_citedKeys.ToArray(), "the keys are"));
                        break;
                }
            }

            if (name is null)
            {
                Error(mapping, "a cited document needs a 'name'", "give the document's full name, such as 'Declaration for the Future of the Internet'");
                continue;
            }

            cited.Add(new CitedDocumentSource(name, aliases, textPath));
        }

        return cited.ToImmutable();
    }

    private ImmutableArray<ConfigOverride> ReadOverrides(YamlNode node)
    {
        if (IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, "'overrides' must be a list, each entry with 'files' and the 'rules' or 'vocabulary' for them");
            return [];
        }

        var overrides = ImmutableArray.CreateBuilder<ConfigOverride>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                Error(item, "an override must be a mapping with 'files' and the 'rules' or 'vocabulary' for them");
                continue;
            }

            ImmutableArray<ConfigGlob>? files = null;
            ImmutableArray<RuleSetting> rules = [];
            ImmutableArray<VocabularyEdit> vocabulary = [];
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Scalar(keyNode);
                switch (key)
                {
                    case "files":
                        files = ReadGlobs(value, "files");
                        break;
                    case "rules":
                        rules = ReadRules(value);
                        break;
                    case "vocabulary":
                        vocabulary = ReadVocabulary(value);
                        break;
                    default:
                        Error(keyNode, $"unknown key '{key}' in an override", Suggestions.Hint(key, s_overrideKeys.ToArray(), "the keys are"));
                        break;
                }
            }

            if (files is null)
            {
                Error(mapping, "an override needs 'files': the globs of the files it applies to");
                continue;
            }

            overrides.Add(new ConfigOverride(new GlobSet(files.Value), rules, vocabulary));
        }

        return overrides.ToImmutable();
    }

    private ImmutableArray<ConfigGlob> ReadGlobs(YamlNode node, string key)
    {
        var globs = ImmutableArray.CreateBuilder<ConfigGlob>();
        foreach (var (pattern, patternNode) in ReadScalars(node, $"'{key}' must be a glob or a list of globs"))
        {
            if (ConfigGlob.Problem(pattern) is { } problem)
            {
                Error(patternNode, $"invalid glob '{pattern}' in '{key}'", problem);
            }
            else
            {
                globs.Add(new ConfigGlob(pattern, _directory));
            }
        }

        return globs.ToImmutable();
    }

    /// <summary>
    /// The globs of <c>custom-rules:</c>. Each must name YAML or C# files; a path without wildcards
    /// must exist, so that a typo is an error at its line rather than a rule silently not run.
    /// </summary>
    private ImmutableArray<ConfigGlob> ReadCustomRuleGlobs(YamlNode node)
    {
        var globs = ImmutableArray.CreateBuilder<ConfigGlob>();
        foreach (var (pattern, patternNode) in ReadScalars(node, "'custom-rules' must be a glob or a list of globs"))
        {
            var extension = System.IO.Path.GetExtension(pattern);
            if (ConfigGlob.Problem(pattern) is { } problem)
            {
                Error(patternNode, $"invalid glob '{pattern}' in 'custom-rules'", problem);
            }
            else if (!s_customRuleExtensions.Contains(extension))
            {
                Error(patternNode, $"'{pattern}' is not a custom rule file", "custom rules are YAML files (.yaml, .yml) or C# files (.cs); end the glob with one of these, as in 'rules/*.yaml'");
            }
            else if (_boundary is not null && !RepositoryBoundary.Contains(_boundary, System.IO.Path.GetFullPath(StaticPrefix(pattern), _directory)))
            {
                Error(patternNode, $"'custom-rules' names '{pattern}', which is outside the repository", ConfigurationResolver.OutsideHint(_boundary));
            }
            else if (pattern.IndexOfAny(s_wildcards) < 0 && !File.Exists(System.IO.Path.Combine(_directory, pattern)))
            {
                Error(patternNode, $"custom rule file '{pattern}' does not exist", $"paths in 'custom-rules' are relative to the folder of {System.IO.Path.GetFileName(_path)}");
            }
            else
            {
                globs.Add(new ConfigGlob(pattern, _directory) { Boundary = _boundary });
            }
        }

        return globs.ToImmutable();
    }

    /// <summary>The folders of <paramref name="pattern"/> before its first wildcard (the whole path when it has none): where every file it matches lies.</summary>
    private static string StaticPrefix(string pattern)
    {
        var segments = pattern.Split('/', '\\');
        var fixedSegments = segments.TakeWhile(s => s.IndexOfAny(s_wildcards) < 0).ToArray();
        return fixedSegments.Length == 0 ? "." : string.Join('/', fixedSegments);
    }

    /// <summary>A scalar or a list of scalars, as (text, node) pairs; anything else is an error with <paramref name="shapeError"/>.</summary>
    private List<(string Value, YamlNode Node)> ReadScalars(YamlNode node, string shapeError)
    {
        var result = new List<(string, YamlNode)>();
        if (IsNull(node))
        {
            return result;
        }

        if (node is YamlScalarNode scalar)
        {
            result.Add((scalar.Value ?? "", node));
            return result;
        }

        if (node is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode itemScalar && !IsNull(item))
                {
                    result.Add((itemScalar.Value ?? "", item));
                }
                else
                {
                    Error(item, shapeError);
                }
            }

            return result;
        }

        Error(node, shapeError);
        return result;
    }

    private string? ReadText(YamlNode node, string shapeError)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && !IsNull(node))
        {
            return value;
        }

        Error(node, shapeError);
        return null;
    }

    private bool? ReadFlag(YamlNode node, string shapeError)
    {
        if (node is YamlScalarNode scalar && bool.TryParse(scalar.Value, out var flag))
        {
            return flag;
        }

        Error(node, shapeError);
        return null;
    }

    private void Error(YamlNode node, string message, string? hint = null) =>
        _errors.Add(new ConfigurationError(_path, Line(node), Column(node), message, hint));

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static int Column(YamlNode node) => (int)node.Start.Column;

    private static string Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : node.ToString();

    /// <summary>An empty value ("key:" with nothing after it), "~" or "null", unquoted.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "" or "~" or "null" or "Null" or "NULL" or null };

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ when IsNull(node) => "nothing",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "this value",
    };

    private static string FormatValue(object? value) => value switch
    {
        null => "unset",
        string text => $"'{text}'",
        bool flag => flag ? "true" : "false",
        IEnumerable<string> list => "[" + string.Join(", ", list) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "unset",
    };
}
