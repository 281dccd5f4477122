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

    /// <summary>The slot this node fills in its parent (0 for the root), for the walks to the previous and next token.</summary>
    /// <remarks>Set once, by <see cref="GetChildNode"/>, before the node is published to other threads.</remarks>
    internal int SlotIndex { get; private set; }

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
    public DescendantNodeWalk DescendantNodes() => new(this, includeSelf: false, SyntaxKindSet.NodeBits);

    /// <summary>
    /// The nodes below this one of kind <paramref name="kind"/>, in document order: <c>DescendantNodes().Where(n => n.Kind == kind)</c>,
    /// but subtrees without such a node are passed over, and their red nodes are not created.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a node kind.</exception>
    public DescendantNodeWalk DescendantNodes(SyntaxKind kind) => new(this, includeSelf: false, NodeKinds(SyntaxKindSet.Of(kind)));

    /// <summary>
    /// The nodes below this one whose kind is in <paramref name="kinds"/>, in document order: <c>DescendantNodes()</c> filtered
    /// by kind, but subtrees without such a node are passed over, and their red nodes are not created.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> holds a token kind.</exception>
    public DescendantNodeWalk DescendantNodes(SyntaxKindSet kinds) => new(this, includeSelf: false, NodeKinds(kinds));

    /// <summary>This node, then all nodes below it, in document order (pre-order); iterative.</summary>
    public DescendantNodeWalk DescendantNodesAndSelf() => new(this, includeSelf: true, SyntaxKindSet.NodeBits);

    /// <summary>
    /// This node and the nodes below it whose kind is in <paramref name="kinds"/>, in document order: <c>DescendantNodesAndSelf()</c>
    /// filtered by kind, without going into subtrees that hold none of them.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> holds a token kind.</exception>
    public DescendantNodeWalk DescendantNodesAndSelf(SyntaxKindSet kinds) => new(this, includeSelf: true, NodeKinds(kinds));

    /// <summary>All tokens below this node in document order, including missing ones; iterative.</summary>
    /// <remarks>See <see cref="DescendantTokenWalk"/> for why this is a struct rather than an iterator.</remarks>
    public DescendantTokenWalk DescendantTokens() => new(this, SyntaxKindSet.TokenBits, spans: null);

    /// <summary>
    /// The tokens below this node of kind <paramref name="kind"/>, missing ones included, in document order:
    /// <c>DescendantTokens().Where(t => t.Kind == kind)</c>, without going into subtrees that hold no such token.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a token kind.</exception>
    public DescendantTokenWalk DescendantTokens(SyntaxKind kind) => new(this, TokenKinds(SyntaxKindSet.Of(kind)), spans: null);

    /// <summary>
    /// The tokens below this node whose kind is in <paramref name="kinds"/>, missing ones included, in document order:
    /// <c>DescendantTokens()</c> filtered by kind, without going into subtrees that hold none of them.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> holds a node kind.</exception>
    public DescendantTokenWalk DescendantTokens(SyntaxKindSet kinds) => new(this, TokenKinds(kinds), spans: null);

    /// <summary>
    /// The tokens below this node whose full span (trivia included) is in <paramref name="span"/>, in document order, as
    /// Roslyn's <c>DescendantTokens(TextSpan)</c> decides it: a token is in the span when it overlaps it, or when it is empty
    /// (a missing token, the end-of-file token without trivia) and touches it. Subtrees whose full span neither meets nor
    /// touches the span are passed over. (Roslyn also passes over a subtree that only touches the span, and with it an empty
    /// token at its edge; here the result is exactly <c>DescendantTokens()</c> filtered by that test.)
    /// </summary>
    public DescendantTokenWalk DescendantTokens(TextSpan span) => new(this, SyntaxKindSet.TokenBits, [span]);

    /// <summary>
    /// The tokens below this node whose full span is in one of <paramref name="spans"/> (as for
    /// <see cref="DescendantTokens(TextSpan)"/>), each once, in document order. One walk for many places of a document: it
    /// passes over what lies between them, which a walk per span, each from the top, would go through again every time.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="spans"/> are not sorted by start, or two of them overlap.</exception>
    public DescendantTokenWalk DescendantTokens(IReadOnlyList<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var copy = new TextSpan[spans.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = spans[i];
            if (i > 0 && copy[i].Start < copy[i - 1].End)
            {
                throw new ArgumentException($"The spans must be sorted and must not overlap: {copy[i]} comes after {copy[i - 1]}.", nameof(spans));
            }
        }

        return new(this, SyntaxKindSet.TokenBits, copy);
    }

    /// <summary>
    /// True when this node, or a node or token below it, is of kind <paramref name="kind"/>. Each green node records the
    /// kinds below it when it is built, so this reads a field rather than walking.
    /// </summary>
    public bool ContainsKind(SyntaxKind kind) => (Green.SubtreeKinds & SyntaxKindSet.Bit(kind)) != 0;

    /// <summary>True when this node, or a node or token below it, is of a kind in <paramref name="kinds"/>; reads a field, as <see cref="ContainsKind"/>.</summary>
    public bool ContainsAnyKind(SyntaxKindSet kinds) => (Green.SubtreeKinds & kinds.Bits) != 0;

    private static ulong NodeKinds(SyntaxKindSet kinds) =>
        kinds.IsNodesOnly ? kinds.Bits : throw new ArgumentException($"A node walk is for node kinds; {kinds} holds token kinds.", nameof(kinds));

    private static ulong TokenKinds(SyntaxKindSet kinds) =>
        kinds.IsTokensOnly ? kinds.Bits : throw new ArgumentException($"A token walk is for token kinds; {kinds} holds node kinds.", nameof(kinds));

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
        created.SlotIndex = index;
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

    /// <summary>The nodes below this one of <paramref name="kind"/>, whose red type is <typeparamref name="T"/>; a filtered walk.</summary>
    private protected IEnumerable<T> Descendants<T>(SyntaxKind kind)
        where T : SyntaxNode
    {
        foreach (var node in DescendantNodes(kind))
        {
            yield return (T)node;
        }
    }

    /// <summary>The first node below this one of <paramref name="kind"/>, or null; a filtered walk that stops there.</summary>
    private protected T? FirstDescendant<T>(SyntaxKind kind)
        where T : SyntaxNode
    {
        foreach (var node in DescendantNodes(kind))
        {
            return (T)node;
        }

        return null;
    }
}
