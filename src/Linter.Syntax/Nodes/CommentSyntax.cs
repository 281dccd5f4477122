using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>An HTML comment; inline suppressions are written as comments.</summary>
public sealed class CommentSyntax : SyntaxNode
{
    internal CommentSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public SyntaxToken CommentToken => ChildTokens().First();

    /// <summary>The text between "&lt;!--" and "--&gt;", trimmed.</summary>
    public string Content
    {
        get
        {
            var text = CommentToken.Text;
            var start = text.StartsWith("<!--", StringComparison.Ordinal) ? 4 : 0;
            var end = text.EndsWith("-->", StringComparison.Ordinal) && text.Length >= start + 3 ? text.Length - 3 : text.Length;
            return text[start..end].Trim();
        }
    }
}
