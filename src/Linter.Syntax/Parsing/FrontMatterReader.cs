using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Linter.Syntax.Parsing;

/// <summary>
/// Finds YAML front matter at the top of a Markdown document and turns it into a
/// <see cref="BlockKind.FrontMatter"/> block with one <see cref="BlockKind.MetadataEntry"/> per top-level key.
/// </summary>
/// <remarks>
/// The YAML is read with YamlDotNet's event parser rather than its representation model: the model
/// rejects duplicate keys outright, while we want to keep both entries and report the second.
/// Positions come from the events' marks, whose <c>Index</c> counts UTF-16 characters from the
/// start of the YAML text.
/// </remarks>
internal static class FrontMatterReader
{
    /// <summary>Collections nested deeper than this inside a value are kept as their source text.</summary>
    private const int MaxValueDepth = 64;

    /// <summary>Reads front matter if the text starts with it; returns where the Markdown body starts.</summary>
    public static int Read(string text, Segmentation result)
    {
        var fenceStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!IsFence(text, fenceStart, allowDots: false))
        {
            return 0;
        }

        var yamlStart = SegmenterText.NextLineStart(text, SegmenterText.LineEnd(text, fenceStart));
        var closeStart = -1;
        for (var lineStart = yamlStart; lineStart < text.Length;)
        {
            if (IsFence(text, lineStart, allowDots: true))
            {
                closeStart = lineStart;
                break;
            }

            lineStart = SegmenterText.NextLineStart(text, SegmenterText.LineEnd(text, lineStart));
        }

        result.Ranges.Add(new LexRange(fenceStart, fenceStart + 3, LexMode.Token, SyntaxKind.FrontMatterFenceToken));
        if (closeStart < 0)
        {
            result.Diagnostics.Add(new SyntaxDiagnostic(
                SyntaxDiagnosticIds.SyntaxError,
                new TextSpan(fenceStart, 3),
                "front matter opened on line 1 is never closed"));
            var contentEnd = SegmenterText.TrimEnd(text, yamlStart, text.Length);
            if (contentEnd > yamlStart)
            {
                result.Ranges.Add(new LexRange(yamlStart, contentEnd, LexMode.Verbatim));
            }

            result.Blocks.Add(new Block(BlockKind.FrontMatter, fenceStart, Math.Max(fenceStart + 3, contentEnd)));
            return text.Length;
        }

        var closeLineEnd = SegmenterText.LineEnd(text, closeStart);
        var block = new Block(BlockKind.FrontMatter, fenceStart, closeLineEnd);
        result.Blocks.Add(block);
        ReadYaml(text, yamlStart, closeStart, block, result);
        result.Ranges.Add(new LexRange(closeStart, closeStart + 3, LexMode.Token, SyntaxKind.FrontMatterFenceToken));
        return SegmenterText.NextLineStart(text, closeLineEnd);
    }

    /// <summary>True if a line starts at <paramref name="lineStart"/> with "---" (or "...") and holds nothing else but spaces.</summary>
    private static bool IsFence(string text, int lineStart, bool allowDots)
    {
        if (lineStart + 3 > text.Length)
        {
            return false;
        }

        var span = text.AsSpan(lineStart, 3);
        if (!span.SequenceEqual("---") && !(allowDots && span.SequenceEqual("...")))
        {
            return false;
        }

        for (var i = lineStart + 3; i < text.Length && !SyntaxFacts.IsLineBreak(text[i]); i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static void ReadYaml(string text, int yamlStart, int yamlEnd, Block frontMatter, Segmentation result)
    {
        var yaml = text.Substring(yamlStart, yamlEnd - yamlStart);
        var ranges = new List<LexRange>();
        var covered = new List<(int Start, int End)>();
        var diagnostics = new List<SyntaxDiagnostic>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var anchors = new Dictionary<string, object?>(StringComparer.Ordinal);
            parser.Consume<StreamStart>();
            if (parser.TryConsume<DocumentStart>(out _))
            {
                if (parser.TryConsume<MappingStart>(out _))
                {
                    ReadEntries(parser, yaml, yamlStart, anchors, frontMatter, ranges, covered, diagnostics);
                }
                else if (parser.Current is not DocumentEnd)
                {
                    var root = ReadNode(parser, yaml, anchors, 0);
                    diagnostics.Add(new SyntaxDiagnostic(
                        SyntaxDiagnosticIds.SyntaxError,
                        TextSpan.FromBounds(root.Start + yamlStart, root.End + yamlStart),
                        "front matter is not a mapping of keys to values"));
                    AddVerbatim(yaml, yamlStart, ranges, covered);
                }
            }

            // Read to the end so that an error after the first document is still reported.
            while (parser.MoveNext())
            {
            }
        }
        catch (YamlException exception)
        {
            var start = Clamp(exception.Start.Index, yaml.Length);
            var end = Math.Max(start, Clamp(exception.End.Index, yaml.Length));
            Fail(new SyntaxDiagnostic(
                SyntaxDiagnosticIds.SyntaxError,
                TextSpan.FromBounds(start + yamlStart, end + yamlStart),
                "front matter is not valid YAML: " + exception.Message));
            return;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed flow collections (a '[' left open
            // before the next key); its own message says nothing to a writer and has no position.
            var at = Clamp(LastReadableIndex(yaml), yaml.Length);
            Fail(new SyntaxDiagnostic(
                SyntaxDiagnosticIds.SyntaxError,
                new TextSpan(at + yamlStart, 0),
                "front matter is not valid YAML: the text after this point cannot be read (is a '[' or '{' left open?)"));
            return;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Whatever else the reader throws must not cost the body its structure.
            Fail(new SyntaxDiagnostic(
                SyntaxDiagnosticIds.SyntaxError,
                new TextSpan(yamlStart, 0),
                "front matter is not valid YAML: " + exception.Message));
            return;
        }

        SegmenterText.AddMarkupOutside(yaml, 0, yaml.Length, covered, yamlStart, ranges);
        result.Ranges.AddRange(ranges);
        result.Diagnostics.AddRange(diagnostics);

        void Fail(SyntaxDiagnostic diagnostic)
        {
            frontMatter.Children.Clear();
            result.Diagnostics.Add(diagnostic);
            var failed = new List<LexRange>();
            AddVerbatim(yaml, yamlStart, failed, []);
            result.Ranges.AddRange(failed);
        }
    }

    /// <summary>Where the last token the scanner could read begins, as a character index into <paramref name="yaml"/>.</summary>
    private static long LastReadableIndex(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var last = 0L;
        try
        {
            while (scanner.MoveNext())
            {
                last = scanner.Current?.Start.Index ?? last;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The failure is the point: the last mark read is where the reader gave up.
        }

        return last;
    }

    private static void ReadEntries(
        Parser parser,
        string yaml,
        int yamlStart,
        Dictionary<string, object?> anchors,
        Block frontMatter,
        List<LexRange> ranges,
        List<(int Start, int End)> covered,
        List<SyntaxDiagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var previousEnd = 0;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser, yaml, anchors, 0);
            var value = ReadNode(parser, yaml, anchors, 0);
            if (key.IsEmpty || key.Start < previousEnd)
            {
                // An entry without a key ("": value) or out of order cannot be a token; its text stays markup.
                continue;
            }

            var keyText = key.Value as string ?? yaml[key.Start..key.End];
            ranges.Add(new LexRange(key.Start + yamlStart, key.End + yamlStart, LexMode.Token, SyntaxKind.MetadataKeyToken, keyText));
            covered.Add((key.Start, key.End));
            if (!seen.Add(keyText))
            {
                diagnostics.Add(new SyntaxDiagnostic(
                    SyntaxDiagnosticIds.SyntaxError,
                    TextSpan.FromBounds(key.Start + yamlStart, key.End + yamlStart),
                    $"front matter key '{keyText}' appears more than once"));
            }

            // The ':' after the key stays prose, so the lexer makes it a punctuation token.
            var colon = key.End;
            while (colon < yaml.Length && SyntaxFacts.IsWhitespace(yaml[colon]))
            {
                colon++;
            }

            var hasColon = colon < yaml.Length && yaml[colon] == ':';
            if (hasColon)
            {
                covered.Add((colon, colon + 1));
            }

            int entryEnd;
            var valueEnd = value.IsEmpty ? value.Start : SegmenterText.TrimEnd(yaml, value.Start, value.End);
            if (valueEnd > value.Start && value.Start >= (hasColon ? colon + 1 : key.End))
            {
                ranges.Add(new LexRange(value.Start + yamlStart, valueEnd + yamlStart, LexMode.Token, SyntaxKind.MetadataValueToken, value.Value));
                covered.Add((value.Start, valueEnd));
                entryEnd = valueEnd;
            }
            else
            {
                entryEnd = hasColon ? colon + 1 : key.End;
            }

            frontMatter.Children.Add(new Block(BlockKind.MetadataEntry, key.Start + yamlStart, entryEnd + yamlStart));
            previousEnd = entryEnd;
        }
    }

    /// <summary>Reads one node (scalar, alias, sequence or mapping) and the events it spans.</summary>
    private static YamlNodeText ReadNode(Parser parser, string yaml, Dictionary<string, object?> anchors, int depth)
    {
        var current = parser.Current ?? throw new YamlException("front matter ends inside a value");
        var start = Clamp(current.Start.Index, yaml.Length);
        switch (current)
        {
            case Scalar scalar:
            {
                parser.MoveNext();
                var end = Math.Max(start, Clamp(scalar.End.Index, yaml.Length));
                // A plain empty, "~" or "null" scalar is YAML's null; every other scalar is its decoded string.
                object? value = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL"
                    ? null
                    : scalar.Value;
                Remember(scalar, value);
                return new YamlNodeText(value, start, end, end == start);
            }

            case AnchorAlias alias:
            {
                parser.MoveNext();
                anchors.TryGetValue(alias.Value.Value, out var value);
                return new YamlNodeText(value, start, Math.Max(start, Clamp(alias.End.Index, yaml.Length)), false);
            }

            case SequenceStart sequence when depth < MaxValueDepth:
            {
                parser.MoveNext();
                var items = new List<object?>();
                var end = start;
                SequenceEnd? close;
                while (!parser.TryConsume<SequenceEnd>(out close))
                {
                    var item = ReadNode(parser, yaml, anchors, depth + 1);
                    items.Add(item.Value);
                    end = item.IsEmpty ? end : Math.Max(end, item.End);
                }

                // A block collection's end event sits at the next token, so only a flow collection's "]" counts.
                if (sequence.Style == SequenceStyle.Flow)
                {
                    end = Math.Max(end, FlowEnd(yaml, close));
                }

                Remember(sequence, items);
                return new YamlNodeText(items, start, end, false);
            }

            case MappingStart mapping when depth < MaxValueDepth:
            {
                parser.MoveNext();
                var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
                var end = start;
                MappingEnd? close;
                while (!parser.TryConsume<MappingEnd>(out close))
                {
                    var key = ReadNode(parser, yaml, anchors, depth + 1);
                    var value = ReadNode(parser, yaml, anchors, depth + 1);
                    entries[key.Value as string ?? yaml[key.Start..key.End]] = value.Value;
                    end = Math.Max(end, key.End);
                    end = value.IsEmpty ? end : Math.Max(end, value.End);
                }

                if (mapping.Style == MappingStyle.Flow)
                {
                    end = Math.Max(end, FlowEnd(yaml, close));
                }

                Remember(mapping, entries);
                return new YamlNodeText(entries, start, end, false);
            }

            case SequenceStart or MappingStart:
            {
                // Too deep to decode: skip the collection and keep its source text as the value.
                var end = start;
                var open = 0;
                do
                {
                    var item = parser.Current ?? throw new YamlException("front matter ends inside a value");
                    open += item.NestingIncrease;
                    if (item is Scalar or AnchorAlias)
                    {
                        end = Math.Max(end, Clamp(item.End.Index, yaml.Length));
                    }

                    parser.MoveNext();
                }
                while (open > 0);
                return new YamlNodeText(yaml[start..end], start, end, false);
            }

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name} in front matter");
        }

        void Remember(NodeEvent node, object? value)
        {
            if (!node.Anchor.IsEmpty)
            {
                anchors[node.Anchor.Value] = value;
            }
        }
    }

    private static void AddVerbatim(string yaml, int yamlStart, List<LexRange> ranges, List<(int Start, int End)> covered)
    {
        var end = SegmenterText.TrimEnd(yaml, 0, yaml.Length);
        if (end > 0)
        {
            ranges.Add(new LexRange(yamlStart, yamlStart + end, LexMode.Verbatim));
            covered.Add((0, end));
        }
    }

    /// <summary>The end of a flow collection: its end event's mark is at the closing bracket, not after it.</summary>
    private static int FlowEnd(string yaml, ParsingEvent close)
    {
        var at = Clamp(close.Start.Index, yaml.Length);
        return at < yaml.Length && yaml[at] is ']' or '}' ? at + 1 : Clamp(close.End.Index, yaml.Length);
    }

    private static int Clamp(long index, int length) => (int)Math.Clamp(index, 0, length);

    /// <summary>A node's decoded value and the source range [Start, End) of its text within the YAML.</summary>
    private readonly record struct YamlNodeText(object? Value, int Start, int End, bool IsEmpty);
}
