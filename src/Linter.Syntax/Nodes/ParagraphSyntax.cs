using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A paragraph of prose: sentences, some of them claims or rebuttals.</summary>
public sealed class ParagraphSyntax : SyntaxNode
{
    internal ParagraphSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    /// <summary>Every sentence of the paragraph, including those wrapped in a claim or a rebuttal.</summary>
    public IEnumerable<SentenceSyntax> Sentences => Descendants<SentenceSyntax>(SyntaxKind.Sentence);
}
