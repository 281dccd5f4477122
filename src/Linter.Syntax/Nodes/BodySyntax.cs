using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>The content of the statement: turns and blocks in document order.</summary>
public sealed class BodySyntax : SyntaxNode
{
    internal BodySyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public IEnumerable<TurnSyntax> Turns => Children<TurnSyntax>();
}
