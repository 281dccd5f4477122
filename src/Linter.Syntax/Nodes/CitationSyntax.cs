using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A reference to another document: a name ("the Declaration", "Declaration for the Future of the Internet") or a link.</summary>
public sealed class CitationSyntax : SyntaxNode
{
    internal CitationSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    /// <summary>True for a short form such as "the Declaration": an article and a document-type noun, or the noun alone.</summary>
    public bool IsShortForm
    {
        get
        {
            var words = ChildTokens().Where(t => t.Kind == SyntaxKind.WordToken).ToList();
            return words.Count == 1
                || (words.Count == 2 && words[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The name without a leading "the": "Declaration for the Future of the Internet".</summary>
    public string Name
    {
        get
        {
            var text = ToString();
            return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        }
    }

    /// <summary>The link target when the citation is a Markdown link or a bare address.</summary>
    public string? Url
    {
        get
        {
            foreach (var token in DescendantTokens(SyntaxKind.UrlToken))
            {
                return token.Text;
            }

            return null;
        }
    }
}
