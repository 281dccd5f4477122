using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>The date a title gives for the event: "(2022-4-29)", "on November 29, 2018", ", 8 May 2024".</summary>
public sealed class DatelineSyntax : SyntaxNode
{
    internal DatelineSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public SyntaxToken DateToken => ChildTokens().First(t => t.Kind == SyntaxKind.DateToken);
}
