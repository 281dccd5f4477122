using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>What a claim reports: the that-clause (without "that"), a direct quotation, or the object of the cue.</summary>
public sealed class ClaimContentSyntax : SyntaxNode
{
    internal ClaimContentSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
