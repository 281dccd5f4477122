using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>The root: optional front matter, an optional header, the body and the end-of-file token.</summary>
public sealed class DocumentSyntax : SyntaxNode
{
    internal DocumentSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public FrontMatterSyntax? FrontMatter => FirstChild<FrontMatterSyntax>();

    public HeaderSyntax? Header => FirstChild<HeaderSyntax>();

    public BodySyntax Body => FirstChild<BodySyntax>() ?? throw new InvalidOperationException("A document always has a body.");

    public SyntaxToken EndOfFileToken => ChildTokens().Last();
}
