namespace Linter.Syntax.Parsing;

/// <summary>
/// Keeps pathologically deep block nesting ("&gt;&gt;&gt;…", "- - - …", ever deeper indented lists) away from Markdig,
/// which refuses input nested deeper than 128 blocks, by blanking each line from the container marker that
/// would take it past <see cref="MaxDepth"/>. The blanked parts keep their length, so every position
/// Markdig reports is still a position in the original text; the segmenter keeps them as verbatim text.
/// </summary>
internal static class NestingGuard
{
    /// <summary>The deepest nesting kept as structure, counting a quote as one level and a list item as two.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Returns <paramref name="text"/> with over-deep line tails replaced by spaces (the same string if none is),
    /// and the blanked ranges [Start, End) in order.
    /// </summary>
    public static string Apply(string text, List<(int Start, int End)> blanked)
    {
        char[]? copy = null;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = SegmenterText.LineEnd(text, lineStart);
            var cut = FindCut(text, lineStart, lineEnd);
            if (cut >= 0)
            {
                copy ??= text.ToCharArray();
                Array.Fill(copy, ' ', cut, lineEnd - cut);
                blanked.Add((cut, lineEnd));
            }

            if (lineEnd >= text.Length)
            {
                break;
            }

            lineStart = SegmenterText.NextLineStart(text, lineEnd);
        }

        return copy is null ? text : new string(copy);
    }

    /// <summary>
    /// Estimates the nesting a line's container markers open, generously (indentation before a list marker
    /// counts one level per column, since each indented list level needs at least two columns and opens two
    /// blocks), and returns the position of the first marker past <see cref="MaxDepth"/>, or -1.
    /// </summary>
    private static int FindCut(string text, int lineStart, int lineEnd)
    {
        var depth = 0;
        var indent = 0;
        var i = lineStart;
        while (i < lineEnd)
        {
            var c = text[i];
            if (c == ' ')
            {
                indent++;
                i++;
                continue;
            }

            if (c == '\t')
            {
                indent += 4;
                i++;
                continue;
            }

            int markerEnd;
            if (c == '>')
            {
                depth++;
                markerEnd = i + 1;
            }
            else if ((markerEnd = ListMarkerEnd(text, i, lineEnd)) > 0)
            {
                depth += 2 + indent;
            }
            else
            {
                return -1;
            }

            if (depth > MaxDepth)
            {
                return i;
            }

            indent = 0;
            i = markerEnd;
        }

        return -1;
    }

    /// <summary>The end of a list marker ("-", "+", "*", "1." or "1)" followed by a space or the line end) at <paramref name="i"/>, or -1.</summary>
    private static int ListMarkerEnd(string text, int i, int lineEnd)
    {
        var end = i;
        if (text[i] is '-' or '+' or '*')
        {
            end = i + 1;
        }
        else
        {
            while (end < lineEnd && end - i < 9 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end == i || end >= lineEnd || text[end] is not ('.' or ')'))
            {
                return -1;
            }

            end++;
        }

        return end == lineEnd || text[end] is ' ' or '\t' ? end : -1;
    }
}
