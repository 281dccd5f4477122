using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A sentence that reports what a cited document says: "The Declaration stresses that …".</summary>
public sealed class ClaimSyntax : SyntaxNode
{
    internal ClaimSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public SentenceSyntax Sentence => FirstChild<SentenceSyntax>() ?? throw new InvalidOperationException("A claim always wraps a sentence.");

    /// <summary>The cited document that is the subject of the claim.</summary>
    public CitationSyntax? Citation => Sentence.Citations.FirstOrDefault();
}
