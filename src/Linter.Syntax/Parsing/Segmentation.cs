using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Parsing;

/// <summary>What a segmenter finds in a document before lexing: non-prose ranges, blocks, inline links and problems.</summary>
internal sealed class Segmentation
{
    /// <summary>Ranges the lexer must not read as prose, sorted and not overlapping.</summary>
    public List<LexRange> Ranges { get; } = [];

    /// <summary>Top-level blocks in order.</summary>
    public List<Block> Blocks { get; } = [];

    /// <summary>Spans of Markdown links ("[text](url)"), each of which becomes a <see cref="SyntaxKind.Citation"/>.</summary>
    public List<TextSpan> Links { get; } = [];

    public List<SyntaxDiagnostic> Diagnostics { get; } = [];
}
