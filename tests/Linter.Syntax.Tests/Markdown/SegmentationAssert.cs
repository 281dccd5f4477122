using Linter.Syntax.Parsing;

namespace Linter.Syntax.Tests.Markdown;

/// <summary>Checks the contract a segmenter's output must meet, and renders it for readable assertions.</summary>
internal static class SegmentationAssert
{
    /// <summary>Fails unless ranges are sorted, disjoint and in bounds, and blocks are sorted and nested.</summary>
    public static void WellFormed(string text, Segmentation segmentation, string name = "")
    {
        var previousEnd = 0;
        foreach (var range in segmentation.Ranges)
        {
            Assert.True(range.Start >= previousEnd, $"{name}: range {Show(text, range)} starts before the previous range ends at {previousEnd}");
            Assert.True(range.Start < range.End && range.End <= text.Length, $"{name}: range {Show(text, range)} is empty or out of bounds");
            Assert.False(SplitsPair(text, range.Start) || SplitsPair(text, range.End), $"{name}: range {Show(text, range)} splits a CRLF or a surrogate pair");
            if (range.Mode == LexMode.Markup)
            {
                Assert.True(text.AsSpan(range.Start, range.End - range.Start).IndexOfAny('\r', '\n') < 0, $"{name}: markup {Show(text, range)} holds a line break");
            }

            if (range.Mode == LexMode.Token)
            {
                Assert.NotEqual(SyntaxKind.None, range.TokenKind);
            }

            previousEnd = range.End;
        }

        Blocks(text, segmentation.Blocks, 0, text.Length, name);
        var linkEnd = 0;
        foreach (var link in segmentation.Links)
        {
            Assert.True(link.Start >= linkEnd && link.End <= text.Length && !link.IsEmpty, $"{name}: link {link} is out of order or bounds");
            linkEnd = link.End;
        }
    }

    /// <summary>The text of every range of <paramref name="mode"/>, in order.</summary>
    public static List<string> Texts(string text, Segmentation segmentation, LexMode mode) =>
        [.. segmentation.Ranges.Where(r => r.Mode == mode).Select(r => text[r.Start..r.End])];

    /// <summary>The blocks as an indented outline: "Kind "text"" per line.</summary>
    public static string Outline(string text, Segmentation segmentation)
    {
        var lines = new List<string>();
        Add(segmentation.Blocks, 0);
        return string.Join("\n", lines);

        void Add(List<Block> blocks, int depth)
        {
            foreach (var block in blocks)
            {
                lines.Add($"{new string(' ', depth * 2)}{block.Kind} \"{Escape(text[block.Start..block.End])}\"");
                Add(block.Children, depth + 1);
            }
        }
    }

    public static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static void Blocks(string text, List<Block> blocks, int low, int high, string name)
    {
        var previousEnd = low;
        foreach (var block in blocks)
        {
            Assert.True(block.Start >= previousEnd, $"{name}: block {block} starts before its previous sibling ends at {previousEnd}");
            Assert.True(block.Start < block.End && block.End <= high, $"{name}: block {block} is empty or outside its parent [{low}..{high})");
            Blocks(text, block.Children, block.Start, block.End, name);
            previousEnd = block.End;
        }
    }

    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length
        && ((text[position - 1] == '\r' && text[position] == '\n') || (char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position])));

    private static string Show(string text, LexRange range) =>
        $"{range.Mode}[{range.Start}..{range.End})" + (range.Start >= 0 && range.End <= text.Length && range.Start <= range.End
            ? $" \"{Escape(text[range.Start..range.End])}\""
            : string.Empty);
}
