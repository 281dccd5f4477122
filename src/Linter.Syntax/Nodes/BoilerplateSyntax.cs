using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A line of web-page chrome left in the text: "Suggest to a friend", "Print".</summary>
public sealed class BoilerplateSyntax : SyntaxNode
{
    internal BoilerplateSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
