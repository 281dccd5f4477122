using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A thematic break ("***", "---").</summary>
public sealed class ThematicBreakSyntax : SyntaxNode
{
    internal ThematicBreakSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
