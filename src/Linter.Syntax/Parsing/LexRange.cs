namespace Linter.Syntax.Parsing;

/// <summary>How the lexer treats a range of text that a segmenter marked.</summary>
internal enum LexMode
{
    /// <summary>Markdown syntax: becomes <see cref="SyntaxKind.MarkupTrivia"/>.</summary>
    Markup,

    /// <summary>Verbatim text: one <see cref="SyntaxKind.VerbatimTextToken"/> per line, line breaks as trivia.</summary>
    Verbatim,

    /// <summary>One token of <see cref="LexRange.TokenKind"/> spanning the whole range (line breaks included).</summary>
    Token,
}

/// <summary>
/// A range [Start, End) that is not prose. Everything outside the ranges a segmenter returns is lexed as prose.
/// Ranges are sorted and do not overlap.
/// </summary>
internal readonly record struct LexRange(int Start, int End, LexMode Mode, SyntaxKind TokenKind = SyntaxKind.None, object? Value = null);
