using Linter.Syntax.Green;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>Text between a matched pair of quotation marks.</summary>
public sealed class QuotationSyntax : SyntaxNode
{
    internal QuotationSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public SyntaxToken OpenQuote => ChildTokens().First();

    public SyntaxToken CloseQuote => ChildTokens().Last();

    /// <summary>The text between the marks.</summary>
    public string InnerText
    {
        get
        {
            var start = OpenQuote.Span.End;
            return Tree.Text.ToString(TextSpan.FromBounds(start, Math.Max(start, CloseQuote.Span.Start)));
        }
    }
}
