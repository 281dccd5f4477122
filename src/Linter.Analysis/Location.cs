using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>Where a diagnostic is: the file, the character span and its zero-based line span.</summary>
/// <param name="FilePath">The path of the document as it was given to the parser.</param>
/// <param name="Span">The half-open character span.</param>
/// <param name="LineSpan">The zero-based start and end line and character of <paramref name="Span"/>.</param>
public sealed record Location(string FilePath, TextSpan Span, LinePositionSpan LineSpan);
