using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A sentence opened by a contrast marker, answering a claim: "However, the US has …".</summary>
public sealed class RebuttalSyntax : SyntaxNode
{
    internal RebuttalSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public SentenceSyntax Sentence => FirstChild<SentenceSyntax>() ?? throw new InvalidOperationException("A rebuttal always wraps a sentence.");
}
