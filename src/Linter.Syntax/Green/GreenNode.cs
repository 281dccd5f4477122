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

        // Or-ed up from the children once, as Roslyn's green nodes do their flags: a filtered walk then passes over a
        // subtree that holds none of the kinds it looks for without going down into it.
        var kinds = SyntaxKindSet.Bit(kind);
        foreach (var slot in _slots)
        {
            kinds |= slot.SubtreeKinds;
        }

        SubtreeKinds = kinds;
    }

    public SyntaxKind Kind { get; }

    /// <summary>Width including the leading and trailing trivia of every token below.</summary>
    public int FullWidth { get; }

    /// <summary>The <see cref="SyntaxKindSet"/> bits of this node's kind and of every node and token below it.</summary>
    public ulong SubtreeKinds { get; }

    public int SlotCount => _slots.Length;

    public GreenNode GetSlot(int index) => _slots[index];

    /// <summary>The children, for the walks' inner loops: a span over them lets the compiler drop the bounds check per slot.</summary>
    public ReadOnlySpan<GreenNode> Slots => _slots;

    public bool IsToken => this is GreenToken;
}
