using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>A problem found while decoding or parsing, reported beside the tree (the tree is still complete).</summary>
/// <param name="Id">The diagnostic ID the analysis layer reports it under: <see cref="SyntaxDiagnosticIds"/>.</param>
/// <param name="Span">Where in the text the problem is.</param>
/// <param name="Message">A sentence saying what is wrong.</param>
public sealed record SyntaxDiagnostic(string Id, TextSpan Span, string Message);
