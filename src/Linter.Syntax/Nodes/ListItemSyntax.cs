using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>One item of a Markdown list.</summary>
public sealed class ListItemSyntax : SyntaxNode
{
    internal ListItemSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
