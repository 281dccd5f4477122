using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A line giving when the statement was published: "2022-05-05 09:17", "01 Feb 2021, 11:49".</summary>
public sealed class PublishStampSyntax : SyntaxNode
{
    internal PublishStampSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public SyntaxToken? DateToken => FindToken(SyntaxKind.DateToken);

    public SyntaxToken? TimeToken => FindToken(SyntaxKind.TimeToken);

    private SyntaxToken? FindToken(SyntaxKind kind)
    {
        foreach (var token in DescendantTokens(kind))
        {
            return token;
        }

        return null;
    }
}
