using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A Markdown block quote ("> …").</summary>
public sealed class BlockQuoteSyntax : SyntaxNode
{
    internal BlockQuoteSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
