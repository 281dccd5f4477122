namespace Linter.Syntax.Parsing;

/// <summary>
/// The segmenter for Markdown documents: YAML front matter (read with YamlDotNet) followed by a CommonMark
/// body (read with Markdig). It finds the blocks, marks the text that is Markdown or YAML syntax rather than
/// prose, and collects links; the shared lexer and builder do the rest.
/// </summary>
/// <remarks>
/// Architecture invariant: <see cref="Segment"/> never throws on input. Malformed front matter, unclosed
/// fences and pathological nesting yield diagnostics and verbatim text, never lost text.
/// </remarks>
internal static class MarkdownSegmenter
{
    public static Segmentation Segment(string text, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Segmentation is purely syntactic; the vocabulary is for the builder's recognisers.
        _ = vocabulary;
        var segmentation = new Segmentation();
        try
        {
            var bodyStart = FrontMatterReader.Read(text, segmentation);
            MarkdownBodyReader.Read(text, bodyStart, segmentation);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The contract is "never throws on input": a bug in a reader costs structure, never text.
            segmentation = new Segmentation();
            MarkdownBodyReader.AddVerbatimBody(text, 0, segmentation, "the document could not be segmented and is kept as verbatim text: " + exception.Message);
        }

        SegmentationNormalizer.Normalize(text, segmentation);
        return segmentation;
    }
}
