namespace Linter.Syntax.Parsing;

/// <summary>Character and line helpers shared by the segmenters.</summary>
internal static class SegmenterText
{
    /// <summary>The position of the line break that ends the line containing <paramref name="position"/>, or the text length.</summary>
    public static int LineEnd(string text, int position)
    {
        if (position >= text.Length)
        {
            return text.Length;
        }

        var offset = text.AsSpan(position).IndexOfAny(SyntaxFacts.LineBreaks);
        return offset < 0 ? text.Length : position + offset;
    }

    /// <summary>The start of the line after the one ending at <paramref name="lineEnd"/> (a CRLF counts as one break).</summary>
    public static int NextLineStart(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return lineEnd + Math.Max(1, SyntaxFacts.LineBreakWidth(text, lineEnd));
    }

    /// <summary>Moves <paramref name="end"/> back over whitespace and line breaks, not before <paramref name="start"/>.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (SyntaxFacts.IsWhitespace(text[end - 1]) || SyntaxFacts.IsLineBreak(text[end - 1])))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Adds a <see cref="LexMode.Markup"/> range for each line's non-blank part of [start, end):
    /// markup never holds a line break, and blank pieces are left to the lexer as whitespace.
    /// </summary>
    /// <param name="text">The text the positions refer to.</param>
    /// <param name="start">Start of the run, in <paramref name="text"/>.</param>
    /// <param name="end">End of the run (exclusive), in <paramref name="text"/>.</param>
    /// <param name="offset">Added to every position that is emitted.</param>
    /// <param name="ranges">Receives the ranges.</param>
    public static void AddMarkup(string text, int start, int end, int offset, List<LexRange> ranges)
    {
        start = Math.Max(start, 0);
        end = Math.Min(end, text.Length);
        var pieceStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && !SyntaxFacts.IsLineBreak(text[i]))
            {
                continue;
            }

            var s = pieceStart;
            var e = i;
            while (s < e && SyntaxFacts.IsWhitespace(text[s]))
            {
                s++;
            }

            while (e > s && SyntaxFacts.IsWhitespace(text[e - 1]))
            {
                e--;
            }

            if (s < e)
            {
                ranges.Add(new LexRange(s + offset, e + offset, LexMode.Markup));
            }

            pieceStart = i + 1;
        }
    }

    /// <summary>
    /// Adds markup for every part of [start, end) that no interval of <paramref name="covered"/> holds.
    /// </summary>
    /// <param name="text">The text the positions refer to.</param>
    /// <param name="start">Start of the region, in <paramref name="text"/>.</param>
    /// <param name="end">End of the region (exclusive).</param>
    /// <param name="covered">Intervals [Start, End) already accounted for; sorted here.</param>
    /// <param name="offset">Added to every position that is emitted.</param>
    /// <param name="ranges">Receives the ranges.</param>
    public static void AddMarkupOutside(string text, int start, int end, List<(int Start, int End)> covered, int offset, List<LexRange> ranges)
    {
        covered.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var position = start;
        foreach (var (coveredStart, coveredEnd) in covered)
        {
            if (coveredEnd <= position)
            {
                continue;
            }

            if (coveredStart > position)
            {
                AddMarkup(text, position, Math.Min(coveredStart, end), offset, ranges);
            }

            position = Math.Max(position, coveredEnd);
            if (position >= end)
            {
                return;
            }
        }

        if (position < end)
        {
            AddMarkup(text, position, end, offset, ranges);
        }
    }
}
