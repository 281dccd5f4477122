using Microsoft.Extensions.FileSystemGlobbing;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Linter.Cli.RuleAuthoring;

/// <summary>
/// Adds an item to a top-level list of a <c>.stmtlint.yaml</c> (<c>custom-rules</c>, <c>exclude</c>)
/// by editing its text, so that the user's comments, order and layout stay as they were.
/// </summary>
internal static class ConfigListEditor
{
    /// <summary>
    /// The text with <paramref name="item"/> added to the list under <paramref name="key"/> (created
    /// at the end when absent); unchanged when one of the list's globs already matches
    /// <paramref name="probe"/>, a path relative to the configuration's folder.
    /// </summary>
    public static string Add(string text, string key, string item, string probe, out bool changed)
    {
        changed = false;
        YamlMappingNode? root = null;
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count > 0)
        {
            root = stream.Documents[0].RootNode as YamlMappingNode;
            if (root is null && stream.Documents[0].RootNode is not YamlScalarNode { Value: "" or null })
            {
                throw new UsageException("the configuration is not a YAML mapping; fix it before adding rules to it");
            }
        }

        var entry = root?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var name } && name == key);
        if (entry?.Key is not { } keyNode)
        {
            changed = true;
            var separator = text.Length == 0 || text.EndsWith('\n') ? "" : "\n";
            return text + separator + $"{key}:\n  - {Quote(item)}\n";
        }

        var value = entry.Value.Value;
        if (Covers(value, probe))
        {
            return text;
        }

        changed = true;
        switch (value)
        {
            case YamlSequenceNode { Style: SequenceStyle.Flow } flow:
                {
                    // Just before the closing bracket.
                    var close = ClosingBracket(text, (int)flow.Start.Index);
                    return text[..close] + (flow.Children.Count > 0 ? ", " : "") + Quote(item) + text[close..];
                }

            case YamlSequenceNode block when block.Children.Count > 0:
                {
                    var first = block.Children[0];
                    var firstLineStart = LineStart(text, (int)first.Start.Index);
                    var dash = text.IndexOf('-', firstLineStart);
                    var indent = text[firstLineStart..dash];
                    var lastEnd = (int)block.Children[^1].End.Index;
                    var lineEnd = text.IndexOf('\n', lastEnd);
                    var insertAt = lineEnd < 0 ? text.Length : lineEnd + 1;
                    var prefix = lineEnd < 0 ? "\n" : "";
                    return text[..insertAt] + prefix + indent + "- " + Quote(item) + "\n" + text[insertAt..];
                }

            case YamlScalarNode { Value: "" or "~" or "null" or null }:
                {
                    var lineEnd = text.IndexOf('\n', (int)keyNode.End.Index);
                    var at = lineEnd < 0 ? text.Length : lineEnd;
                    return text[..at].TrimEnd() + "\n  - " + Quote(item) + text[at..];
                }

            case YamlScalarNode scalar:
                {
                    var start = (int)scalar.Start.Index;
                    var end = (int)scalar.End.Index;
                    return text[..start] + "[" + text[start..end] + ", " + Quote(item) + "]" + text[end..];
                }

            default:
                throw new UsageException($"'{key}' in the configuration is not a list; fix it before adding rules to it");
        }
    }

    /// <summary>Whether one of the globs in <paramref name="value"/> matches <paramref name="relativePath"/>.</summary>
    private static bool Covers(YamlNode value, string relativePath)
    {
        var patterns = value switch
        {
            YamlScalarNode { Value: { Length: > 0 } one } => [one],
            YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList(),
            _ => new List<string>(),
        };
        foreach (var pattern in patterns)
        {
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddInclude(pattern);
            if (matcher.Match(relativePath).HasMatches)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the ']' that closes the '[' at <paramref name="open"/>, skipping nested lists and quoted text.</summary>
    private static int ClosingBracket(string text, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '[' or '{')
            {
                depth++;
            }
            else if ((c is ']' or '}') && --depth == 0)
            {
                return i;
            }
        }

        throw new UsageException("the configuration has a list that is not closed; fix it before adding rules to it");
    }

    private static int LineStart(string text, int index)
    {
        var newline = text.LastIndexOf('\n', Math.Max(0, index - 1));
        return newline < 0 ? 0 : newline + 1;
    }

    /// <summary>Globs are single-quoted: a plain scalar may not start with '*' and reads '#' as a comment.</summary>
    private static string Quote(string item) => "'" + item.Replace("'", "''", StringComparison.Ordinal) + "'";
}
