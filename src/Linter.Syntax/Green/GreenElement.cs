namespace Linter.Syntax.Green;

/// <summary>An inner node: a kind and an ordered list of child nodes and tokens.</summary>
internal sealed class GreenElement : GreenNode
{
    public GreenElement(SyntaxKind kind, GreenNode[] children)
        : base(kind, SumWidths(children), children)
    {
    }

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
