using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A table; reserved for Markdown extensions.</summary>
public sealed class TableSyntax : SyntaxNode
{
    internal TableSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
