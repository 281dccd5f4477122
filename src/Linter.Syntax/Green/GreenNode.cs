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
    private static readonly GreenNode[] s_noSlots = [];

    // The children live here rather than in GreenElement so that SlotCount and GetSlot are plain
    // field reads: every tree walk asks them for every slot, and virtual calls cannot be inlined.
    private readonly GreenNode[] _slots;

    protected GreenNode(SyntaxKind kind, int fullWidth, GreenNode[]? slots = null)
    {
        Kind = kind;
        FullWidth = fullWidth;
        _slots = slots ?? s_noSlots;
    }

    public SyntaxKind Kind { get; }

    /// <summary>Width including the leading and trailing trivia of every token below.</summary>
    public int FullWidth { get; }

    public int SlotCount => _slots.Length;

    public GreenNode GetSlot(int index) => _slots[index];

    public bool IsToken => this is GreenToken;
}
