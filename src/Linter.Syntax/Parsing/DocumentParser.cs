using System.Collections.Immutable;
using Linter.Syntax.Green;

namespace Linter.Syntax.Parsing;

/// <summary>Runs segmentation, lexing and tree building for one document. Never throws on input.</summary>
internal static class DocumentParser
{
    public static (GreenNode Root, ImmutableArray<SyntaxDiagnostic> Diagnostics) Parse(string text, DocumentFormat format, Vocabulary vocabulary)
    {
        var segmentation = format == DocumentFormat.Markdown
            ? MarkdownSegmenter.Segment(text, vocabulary)
            : PlainTextSegmenter.Segment(text);
        var diagnostics = new List<SyntaxDiagnostic>(segmentation.Diagnostics);
        var tokens = Lexer.Lex(text, segmentation.Ranges, vocabulary, diagnostics);
        var root = DocumentBuilder.Build(text, tokens, segmentation, format, vocabulary);
        return (root, [.. diagnostics.OrderBy(d => d.Span.Start)]);
    }
}
