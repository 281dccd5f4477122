using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>Whitespace, a line break, Markdown markup or skipped text, owned by a token.</summary>
public readonly record struct SyntaxTrivia(SyntaxToken Token, SyntaxKind Kind, TextSpan Span)
{
    public string Text => Token.Parent.Tree.Text.ToString(Span);

    public override string ToString() => Text;
}
