namespace Linter.Syntax.Parsing;

/// <summary>
/// Plain text as published has no markup: every line with visible text is one paragraph, because
/// pages are scraped with one paragraph per line and never hard-wrapped.
/// </summary>
internal static class PlainTextSegmenter
{
    public static Segmentation Segment(string text)
    {
        var segmentation = new Segmentation();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = SegmenterText.LineEnd(text, lineStart);

            var contentStart = lineStart;
            while (contentStart < lineEnd && char.IsWhiteSpace(text[contentStart]))
            {
                contentStart++;
            }

            if (contentStart < lineEnd)
            {
                segmentation.Blocks.Add(new Block(BlockKind.Paragraph, contentStart, lineEnd));
            }

            if (lineEnd >= text.Length)
            {
                break;
            }

            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return segmentation;
    }
}
