namespace Linter.Syntax.Green;

/// <summary>Trivia is owned by its token and never a child node, so it is a small value.</summary>
internal readonly record struct GreenTrivia(SyntaxKind Kind, int Width);
