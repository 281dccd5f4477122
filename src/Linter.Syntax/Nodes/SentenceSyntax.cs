using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>One sentence; it may hold quotations and citations.</summary>
public sealed class SentenceSyntax : SyntaxNode
{
    internal SentenceSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public IEnumerable<QuotationSyntax> Quotations => DescendantNodes().OfType<QuotationSyntax>();

    public IEnumerable<CitationSyntax> Citations => DescendantNodes().OfType<CitationSyntax>();
}
