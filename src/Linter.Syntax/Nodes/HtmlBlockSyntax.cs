using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A block of raw HTML; kept verbatim.</summary>
public sealed class HtmlBlockSyntax : SyntaxNode
{
    internal HtmlBlockSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
