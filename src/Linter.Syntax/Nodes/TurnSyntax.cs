using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>One speaker's turn: a speaker label and the blocks that follow it up to the next label.</summary>
public sealed class TurnSyntax : SyntaxNode
{
    internal TurnSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public SpeakerLabelSyntax Label => FirstChild<SpeakerLabelSyntax>() ?? throw new InvalidOperationException("A turn always has a label.");

    /// <summary>The blocks of the turn after its label; the first is the text on the label's own line.</summary>
    public IEnumerable<SyntaxNode> Blocks => ChildNodes().Where(n => n.Kind != SyntaxKind.SpeakerLabel);

    public IEnumerable<ParagraphSyntax> Paragraphs => Descendants<ParagraphSyntax>(SyntaxKind.Paragraph);
}
