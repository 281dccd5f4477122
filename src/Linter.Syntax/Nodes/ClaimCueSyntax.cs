using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>The reporting verb group of a claim, with its auxiliaries and adverbs: "has repeatedly claimed", "told reporters".</summary>
public sealed class ClaimCueSyntax : SyntaxNode
{
    internal ClaimCueSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
