namespace Linter.Syntax.Parsing;

/// <summary>
/// A block found by a segmenter: its kind, the range [Start, End) of text it owns and its child blocks.
/// Every token whose text starts inside the range belongs to the block (or to one of its children).
/// </summary>
internal sealed class Block(BlockKind kind, int start, int end)
{
    public BlockKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; set; } = end;

    /// <summary>Children, sorted by position and not overlapping; empty for leaf blocks.</summary>
    public List<Block> Children { get; } = [];

    public override string ToString() => $"{Kind}[{Start}..{End})";
}
