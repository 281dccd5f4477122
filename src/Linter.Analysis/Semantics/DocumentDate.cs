using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>A date written in a document, where it is, and how it is written.</summary>
/// <param name="Written">The date as read from its text.</param>
/// <param name="Span">Where its text is.</param>
/// <param name="Placement">Which part of the document it is in.</param>
/// <param name="Token">The date token; null for a front-matter value, which is one metadata token.</param>
/// <param name="MetadataKey">For a front-matter date, its key ("date"); otherwise null.</param>
public sealed record DocumentDate(WrittenDate Written, TextSpan Span, DatePlacement Placement, SyntaxToken? Token, string? MetadataKey);
