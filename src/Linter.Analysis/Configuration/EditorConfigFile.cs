using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Linter.Analysis.Configuration;

/// <summary>
/// The stmtlint part of one <c>.editorconfig</c>: <c>root = true</c> and the sections that set
/// <c>stmtlint_diagnostic.&lt;ID&gt;.severity</c>. Other keys belong to other tools and are ignored.
/// </summary>
internal sealed partial class EditorConfigFile
{
    private const string KeyPrefix = "stmtlint_diagnostic.";
    private const string KeySuffix = ".severity";

    // Roslyn's words, mapped to ours; "default" returns the rule to its descriptor's severity.
    private static readonly Dictionary<string, (bool? Enabled, Severity? Severity)> s_severities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = (true, Severity.Error),
        ["warning"] = (true, Severity.Warning),
        ["suggestion"] = (true, Severity.Info),
        ["silent"] = (true, Severity.Hidden),
        ["none"] = (false, null),
        ["default"] = (null, null),
    };

    private EditorConfigFile(string path, bool root, ImmutableArray<EditorConfigSection> sections)
    {
        Path = path;
        Root = root;
        Sections = sections;
    }

    public string Path { get; }

    public string Directory => System.IO.Path.GetDirectoryName(Path) ?? Path;

    public bool Root { get; }

    public ImmutableArray<EditorConfigSection> Sections { get; }

    /// <summary>Parses the file's text, adding mistakes in stmtlint keys to <paramref name="errors"/>.</summary>
    public static EditorConfigFile Parse(string path, string text, RuleCatalog catalog, List<ConfigurationError> errors)
    {
        var root = false;
        var sections = ImmutableArray.CreateBuilder<EditorConfigSection>();
        // The section's glob text; it becomes a regex only for a section that sets stmtlint severities.
        // Most sections of a real .editorconfig are for other tools, and building a NonBacktracking
        // regex costs about a millisecond each: at start-up that was a tenth of a one-file run.
        string? glob = null;
        var severities = ImmutableArray.CreateBuilder<KeyValuePair<string, (bool?, Severity?)>>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var raw = lines[index].TrimEnd('\r');
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                if (glob is not null && severities.Count > 0)
                {
                    sections.Add(new EditorConfigSection(ToRegex(glob), glob, severities.ToImmutable()));
                }

                severities.Clear();
                glob = line[1..^1];
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (glob is null)
            {
                root |= key.Equals("root", StringComparison.OrdinalIgnoreCase) && value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (!key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(KeySuffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = key[KeyPrefix.Length..^KeySuffix.Length];
            var lineNumber = index + 1;
            var entry = catalog.Find(name);
            if (entry is null)
            {
                errors.Add(new ConfigurationError(path, lineNumber, raw.IndexOf(name, StringComparison.Ordinal) + 1, $"unknown rule '{name}'", catalog.HintFor(name)));
                continue;
            }

            if (!s_severities.TryGetValue(value, out var severity))
            {
                errors.Add(new ConfigurationError(path, lineNumber, raw.LastIndexOf(value, StringComparison.Ordinal) + 1, $"unknown severity '{value}' for {entry.Descriptor.Id}",
                    Suggestions.Hint(value, [.. s_severities.Keys], "the .editorconfig severities are")));
                continue;
            }

            severities.Add(new(entry.Descriptor.Id, severity));
        }

        if (glob is not null && severities.Count > 0)
        {
            sections.Add(new EditorConfigSection(ToRegex(glob), glob, severities.ToImmutable()));
        }

        return new EditorConfigFile(path, root, sections.ToImmutable());
    }

    /// <summary>
    /// The severities this file sets for <paramref name="fullPath"/>: every matching section in order,
    /// later sections winning.
    /// </summary>
    public IEnumerable<KeyValuePair<string, (bool? Enabled, Severity? Severity)>> SeveritiesFor(string fullPath) =>
        SectionsFor(fullPath).SelectMany(section => section.Severities);

    /// <summary>The sections whose glob matches <paramref name="fullPath"/>, in file order.</summary>
    public IEnumerable<EditorConfigSection> SectionsFor(string fullPath)
    {
        var relative = System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        return Sections.Where(section => section.Glob.IsMatch(relative));
    }

    /// <summary>
    /// Translates an EditorConfig section glob into a regex over '/'-separated paths relative to the
    /// file's folder. A glob without '/' matches a file name in any folder below, as the EditorConfig
    /// specification says; <c>*</c>, <c>**</c>, <c>?</c>, <c>[…]</c>, <c>[!…]</c>, <c>{a,b}</c> and <c>{1..3}</c> are supported.
    /// </summary>
    internal static Regex ToRegex(string glob)
    {
        var builder = new StringBuilder("^");
        if (!glob.Contains('/', StringComparison.Ordinal))
        {
            builder.Append("(?:.*/)?");
        }
        else if (glob.StartsWith('/'))
        {
            glob = glob[1..];
        }

        var braceDepth = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    // "**/" also matches no folder at all, so "a/**/b" matches "a/b".
                    if (i + 2 < glob.Length && glob[i + 2] == '/')
                    {
                        builder.Append("(?:.*/)?");
                        i += 2;
                    }
                    else
                    {
                        builder.Append(".*");
                        i++;
                    }

                    break;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        builder.Append(@"\[");
                        break;
                    }

                    var set = glob[(i + 1)..close];
                    builder.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                case '{':
                    var end = glob.IndexOf('}', i + 1);
                    var inner = end < 0 ? null : glob[(i + 1)..end];
                    if (inner is not null && NumericRange().Match(inner) is { Success: true } range)
                    {
                        var from = int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                        var to = int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                        var (low, high) = from <= to ? (from, to) : (to, from);
                        builder.Append("(?:").Append(string.Join('|', Enumerable.Range(low, Math.Min(high - low + 1, 10_000)))).Append(')');
                        i = end;
                    }
                    else if (inner is not null)
                    {
                        builder.Append("(?:");
                        braceDepth++;
                    }
                    else
                    {
                        builder.Append(@"\{");
                    }

                    break;
                case '}' when braceDepth > 0:
                    builder.Append(')');
                    braceDepth--;
                    break;
                case ',' when braceDepth > 0:
                    builder.Append('|');
                    break;
                case '\\' when i + 1 < glob.Length:
                    builder.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        builder.Append(')', braceDepth).Append('$');
        return new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    [GeneratedRegex(@"^(-?\d+)\.\.(-?\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRange();
}
