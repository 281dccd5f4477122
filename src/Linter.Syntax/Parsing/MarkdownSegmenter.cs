namespace Linter.Syntax.Parsing;

/// <summary>Placeholder until the Markdig-based segmenter lands: reads Markdown as plain text.</summary>
internal static class MarkdownSegmenter
{
    public static Segmentation Segment(string text, Vocabulary vocabulary)
    {
        _ = vocabulary;
        return PlainTextSegmenter.Segment(text);
    }
}
