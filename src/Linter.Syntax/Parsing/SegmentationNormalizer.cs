using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Parsing;

/// <summary>
/// Enforces the segmentation contract whatever the readers produced: ranges sorted, not overlapping, inside
/// the text and never splitting a CRLF or a surrogate pair; blocks sorted, not overlapping and nested inside
/// their parents; links and diagnostics inside the text.
/// </summary>
/// <remarks>
/// The readers aim to produce valid output on their own; this pass is the safety net that keeps a reader
/// bug or an odd span from a library from reaching the lexer and builder.
/// </remarks>
internal static class SegmentationNormalizer
{
    public static void Normalize(string text, Segmentation segmentation)
    {
        NormalizeRanges(text, segmentation.Ranges);
        var blocks = NormalizeBlocks(text, segmentation.Blocks, 0, text.Length);
        segmentation.Blocks.Clear();
        segmentation.Blocks.AddRange(blocks);
        NormalizeLinks(text.Length, segmentation.Links);
        for (var i = 0; i < segmentation.Diagnostics.Count; i++)
        {
            var diagnostic = segmentation.Diagnostics[i];
            var start = Math.Clamp(diagnostic.Span.Start, 0, text.Length);
            var end = Math.Clamp(diagnostic.Span.End, start, text.Length);
            if (start != diagnostic.Span.Start || end != diagnostic.Span.End)
            {
                segmentation.Diagnostics[i] = diagnostic with { Span = TextSpan.FromBounds(start, end) };
            }
        }
    }

    private static void NormalizeRanges(string text, List<LexRange> ranges)
    {
        ranges.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<LexRange>(ranges.Count);
        var previousEnd = 0;
        foreach (var range in ranges)
        {
            var start = SnapForward(text, Math.Clamp(Math.Max(range.Start, previousEnd), 0, text.Length));
            var end = SnapBack(text, Math.Clamp(range.End, 0, text.Length));
            if (start >= end)
            {
                continue;
            }

            kept.Add(start == range.Start && end == range.End ? range : range with { Start = start, End = end });
            previousEnd = end;
        }

        ranges.Clear();
        ranges.AddRange(kept);
    }

    private static List<Block> NormalizeBlocks(string text, List<Block> blocks, int low, int high)
    {
        blocks.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<Block>(blocks.Count);
        var previousEnd = low;
        foreach (var block in blocks)
        {
            var start = SnapForward(text, Math.Max(block.Start, previousEnd));
            var end = SnapBack(text, Math.Min(block.End, high));
            if (start >= end)
            {
                continue;
            }

            var normalized = block;
            if (start != block.Start)
            {
                normalized = new Block(block.Kind, start, end);
                normalized.Children.AddRange(block.Children);
            }

            normalized.End = end;
            var children = NormalizeBlocks(text, normalized.Children, start, end);
            normalized.Children.Clear();
            normalized.Children.AddRange(children);
            kept.Add(normalized);
            previousEnd = end;
        }

        return kept;
    }

    private static void NormalizeLinks(int length, List<TextSpan> links)
    {
        links.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var kept = new List<TextSpan>(links.Count);
        var previousEnd = 0;
        foreach (var link in links)
        {
            if (link.Start >= previousEnd && link.End <= length && !link.IsEmpty)
            {
                kept.Add(link);
                previousEnd = link.End;
            }
        }

        links.Clear();
        links.AddRange(kept);
    }

    /// <summary>True if a boundary at <paramref name="position"/> would split a CRLF or a surrogate pair.</summary>
    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length
        && ((text[position - 1] == '\r' && text[position] == '\n')
            || (char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position])));

    private static int SnapForward(string text, int position) => SplitsPair(text, position) ? position + 1 : position;

    private static int SnapBack(string text, int position) => SplitsPair(text, position) ? position - 1 : position;
}
