using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>The source of a claim as written: a name with its titles, an organisation, a document, a group or a pronoun.</summary>
public sealed class ClaimSourceSyntax : SyntaxNode
{
    internal ClaimSourceSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    /// <summary>The cited document that is the source, when the source is one ("The Declaration").</summary>
    public CitationSyntax? Citation => FirstChild<CitationSyntax>();
}
