using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>The lines before the body of a published statement: language bar, title, publish stamp.</summary>
public sealed class HeaderSyntax : SyntaxNode
{
    internal HeaderSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public LanguageBarSyntax? LanguageBar => FirstChild<LanguageBarSyntax>();

    public TitleSyntax? Title => FirstChild<TitleSyntax>();

    public PublishStampSyntax? PublishStamp => FirstChild<PublishStampSyntax>();
}
