using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>One sentence; it may hold quotations and citations.</summary>
public sealed class SentenceSyntax : SyntaxNode
{
    internal SentenceSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public IEnumerable<QuotationSyntax> Quotations => Descendants<QuotationSyntax>(SyntaxKind.Quotation);

    public IEnumerable<CitationSyntax> Citations => Descendants<CitationSyntax>(SyntaxKind.Citation);
}
