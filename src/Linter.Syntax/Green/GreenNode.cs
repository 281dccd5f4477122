namespace Linter.Syntax.Green;

/// <summary>
/// An immutable, position-free piece of the tree: a kind, a full width and children.
/// </summary>
/// <remarks>
/// Green nodes store widths, not text: the text lives once, in the tree's SourceText, and the red
/// layer (<see cref="SyntaxNode"/>) adds parents and absolute positions on demand. This keeps a
/// parsed document close to the size of its tokens and lets subtrees be shared.
/// </remarks>
internal abstract class GreenNode
{
    protected GreenNode(SyntaxKind kind, int fullWidth)
    {
        Kind = kind;
        FullWidth = fullWidth;
    }

    public SyntaxKind Kind { get; }

    /// <summary>Width including the leading and trailing trivia of every token below.</summary>
    public int FullWidth { get; }

    public abstract int SlotCount { get; }

    public abstract GreenNode GetSlot(int index);

    public bool IsToken => this is GreenToken;
}
