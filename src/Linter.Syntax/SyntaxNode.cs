using System.Runtime.CompilerServices;
using Linter.Syntax.Green;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>
/// A node of the red tree: a green node with its parent and absolute position, created on demand.
/// </summary>
/// <remarks>
/// <see cref="FullSpan"/> and <see cref="ToFullString"/> include the trivia of the tokens below;
/// <see cref="Span"/> and <see cref="ToString"/> do not. Red children are created lazily and cached,
/// so walking a tree twice yields the same node objects.
/// </remarks>
public abstract class SyntaxNode
{
    private readonly SyntaxNode?[] _children;

    // Span needs the first and last token, a walk down the subtree: computed once, as rules ask often.
    // Start and end are packed in one long so that a concurrent reader never sees half of it.
    private long _packedSpan = -1;

    private protected SyntaxNode(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
    {
        Tree = tree;
        Green = green;
        Parent = parent;
        Position = position;
        _children = green.SlotCount == 0 ? [] : new SyntaxNode?[green.SlotCount];
    }

    public SyntaxTree Tree { get; }

    public SyntaxNode? Parent { get; }

    public SyntaxKind Kind => Green.Kind;

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The span from the first token's text to the last token's text, without trivia.</summary>
    public TextSpan Span
    {
        get
        {
            var packed = Volatile.Read(ref _packedSpan);
            if (packed >= 0)
            {
                return TextSpan.FromBounds((int)(packed >> 32), (int)(packed & 0xFFFF_FFFF));
            }

            var span = ComputeSpan();
            Volatile.Write(ref _packedSpan, ((long)span.Start << 32) | (uint)span.End);
            return span;
        }
    }

    private TextSpan ComputeSpan()
    {
        var first = FirstToken();
        var last = LastToken();
        if (first is not { } f || last is not { } l)
        {
            return new TextSpan(Position, 0);
        }

        var start = f.Span.Start;
        var end = Math.Max(start, l.Span.End);
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The zero-based line and column of <see cref="Span"/>.</summary>
    public LinePositionSpan LineSpan => Tree.Text.Lines.GetLinePositionSpan(Span);

    internal GreenNode Green { get; }

    internal int Position { get; }

    /// <summary>Children in order: nodes and tokens.</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        var position = Position;
        for (var i = 0; i < Green.SlotCount; i++)
        {
            var slot = Green.GetSlot(i);
            yield return slot is GreenToken token
                ? new SyntaxNodeOrToken(new SyntaxToken(this, token, position, i))
                : new SyntaxNodeOrToken(GetChildNode(i, position));
            position += slot.FullWidth;
        }
    }

    public IEnumerable<SyntaxNode> ChildNodes()
    {
        var position = Position;
        for (var i = 0; i < Green.SlotCount; i++)
        {
            var slot = Green.GetSlot(i);
            if (!slot.IsToken)
            {
                yield return GetChildNode(i, position);
            }

            position += slot.FullWidth;
        }
    }

    public IEnumerable<SyntaxToken> ChildTokens()
    {
        var position = Position;
        for (var i = 0; i < Green.SlotCount; i++)
        {
            var slot = Green.GetSlot(i);
            if (slot is GreenToken token)
            {
                yield return new SyntaxToken(this, token, position, i);
            }

            position += slot.FullWidth;
        }
    }

    /// <summary>All nodes below this one, in document order (pre-order); iterative, so depth cannot overflow the stack.</summary>
    public DescendantNodeWalk DescendantNodes() => new(this, includeSelf: false);

    /// <summary>This node, then all nodes below it, in document order (pre-order); iterative.</summary>
    public DescendantNodeWalk DescendantNodesAndSelf() => new(this, includeSelf: true);

    /// <summary>All tokens below this node in document order, including missing ones; iterative.</summary>
    /// <remarks>See <see cref="DescendantTokenWalk"/> for why this is a struct rather than an iterator.</remarks>
    public DescendantTokenWalk DescendantTokens() => new(this);

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    public IEnumerable<SyntaxNode> AncestorsAndSelf()
    {
        for (SyntaxNode? node = this; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>The first token below this node that is not missing, or null when there is none.</summary>
    public SyntaxToken? FirstToken()
    {
        foreach (var token in DescendantTokens())
        {
            if (!token.IsMissing)
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>The last token below this node that is not missing, or null when there is none.</summary>
    public SyntaxToken? LastToken()
    {
        // Reverse pre-order with an explicit stack of (node, slot) frames: the last child first.
        // Positions are only needed for the token returned, so they are computed from the slot
        // widths of its parent at the end rather than tracked on the way.
        Stack<(SyntaxNode Node, int Slot)>? stack = null;
        var node = this;
        var slot = Green.SlotCount - 1;
        while (true)
        {
            if (slot < 0)
            {
                if (stack is null || stack.Count == 0)
                {
                    return null;
                }

                (node, slot) = stack.Pop();
                continue;
            }

            var child = node.Green.GetSlot(slot);
            if (child is GreenToken token)
            {
                if (!token.IsMissing)
                {
                    return new SyntaxToken(node, token, node.SlotPosition(slot), slot);
                }

                slot--;
            }
            else
            {
                stack ??= new Stack<(SyntaxNode, int)>();
                stack.Push((node, slot - 1));
                node = node.GetChildNode(slot, node.SlotPosition(slot));
                slot = node.Green.SlotCount - 1;
            }
        }
    }

    // The absolute position of a slot: this node's position plus the widths of the slots before it.
    private int SlotPosition(int slot)
    {
        var position = Position;
        for (var i = 0; i < slot; i++)
        {
            position += Green.GetSlot(i).FullWidth;
        }

        return position;
    }

    /// <summary>The text of the node including trivia; for the root this is the whole input.</summary>
    public string ToFullString() => Tree.Text.ToString(FullSpan);

    /// <summary>The text of the node without its outer trivia.</summary>
    public override string ToString() => Tree.Text.ToString(Span);

    /// <summary>The innermost node whose full span contains <paramref name="position"/>.</summary>
    public SyntaxNode FindNode(int position)
    {
        var node = this;
        while (true)
        {
            SyntaxNode? next = null;
            foreach (var child in node.ChildNodes())
            {
                if (child.FullSpan.Contains(position))
                {
                    next = child;
                    break;
                }
            }

            if (next is null)
            {
                return node;
            }

            node = next;
        }
    }

    internal SyntaxNode GetChildNode(int index, int position)
    {
        var existing = Volatile.Read(ref _children[index]);
        if (existing is not null)
        {
            return existing;
        }

        var created = SyntaxNodeFactory.Create(Tree, Green.GetSlot(index), this, position);
        return Interlocked.CompareExchange(ref _children[index], created, null) ?? created;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected T? FirstChild<T>()
        where T : SyntaxNode
    {
        foreach (var child in ChildNodes())
        {
            if (child is T typed)
            {
                return typed;
            }
        }

        return null;
    }

    private protected IEnumerable<T> Children<T>()
        where T : SyntaxNode => ChildNodes().OfType<T>();
}
