using System.Collections.Immutable;
using Linter.Syntax.Green;

namespace Linter.Syntax.Parsing;

/// <summary>Runs segmentation, lexing and tree building for one document. Never throws on input.</summary>
internal static class DocumentParser
{
    public static (GreenNode Root, ImmutableArray<SyntaxDiagnostic> Diagnostics) Parse(string text, DocumentFormat format, Vocabulary vocabulary)
    {
        // Placeholder until the lexer and builder land: the whole text as skipped trivia of the end-of-file token.
        _ = format;
        _ = vocabulary;
        var eof = new GreenToken(SyntaxKind.EndOfFileToken, 0, text.Length == 0 ? null : [new GreenTrivia(SyntaxKind.SkippedTextTrivia, text.Length)], null);
        var body = new GreenElement(SyntaxKind.Body, []);
        return (new GreenElement(SyntaxKind.Document, [body, eof]), []);
    }
}
