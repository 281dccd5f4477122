namespace Linter.Syntax.Green;

/// <summary>An inner node: a kind and an ordered list of child nodes and tokens.</summary>
internal sealed class GreenElement : GreenNode
{
    private readonly GreenNode[] _children;

    public GreenElement(SyntaxKind kind, GreenNode[] children)
        : base(kind, SumWidths(children))
    {
        _children = children;
    }

    public override int SlotCount => _children.Length;

    public override GreenNode GetSlot(int index) => _children[index];

    private static int SumWidths(GreenNode[] children)
    {
        var sum = 0;
        foreach (var child in children)
        {
            sum += child.FullWidth;
        }

        return sum;
    }
}
