using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>
/// A sentence that reports what someone said, wrote or claimed: a source, a cue and a content, as the PARC
/// attribution schema has them. "The Declaration stresses that …", "US Secretary of State Pompeo said that …",
/// "“…,” said Ross.", "What's your comment on Pompeo's remarks that …?".
/// </summary>
public sealed class ClaimSyntax : SyntaxNode
{
    internal ClaimSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public SentenceSyntax Sentence => FirstChild<SentenceSyntax>() ?? throw new InvalidOperationException("A claim always wraps a sentence.");

    /// <summary>Who the claim is attributed to.</summary>
    public ClaimSourceSyntax? Source => Sentence.ChildNodes().OfType<ClaimSourceSyntax>().FirstOrDefault();

    /// <summary>The reporting verb group.</summary>
    public ClaimCueSyntax? Cue => Sentence.ChildNodes().OfType<ClaimCueSyntax>().FirstOrDefault();

    /// <summary>What is reported.</summary>
    public ClaimContentSyntax? Content => Sentence.ChildNodes().OfType<ClaimContentSyntax>().FirstOrDefault();

    /// <summary>The cited document that is the source of the claim, when the source is one.</summary>
    public CitationSyntax? Citation => Source?.Citation;
}
