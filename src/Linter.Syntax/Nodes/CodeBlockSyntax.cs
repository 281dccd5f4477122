using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A fenced or indented code block; its lines are verbatim tokens, not prose.</summary>
public sealed class CodeBlockSyntax : SyntaxNode
{
    internal CodeBlockSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
