using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A Markdown list.</summary>
public sealed class ListSyntax : SyntaxNode
{
    internal ListSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
