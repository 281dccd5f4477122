using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>The title of the statement; it may hold a dateline.</summary>
public sealed class TitleSyntax : SyntaxNode
{
    internal TitleSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public DatelineSyntax? Dateline => FirstDescendant<DatelineSyntax>(SyntaxKind.Dateline);
}
