using System.Collections;

namespace Linter.Syntax;

/// <summary>
/// The nodes below a node in document order (pre-order), optionally starting with the node itself, optionally only those
/// of some kinds: what <see cref="SyntaxNode.DescendantNodes()"/> and its overloads return.
/// </summary>
/// <remarks>
/// The engine's walk and several rules go over every node of a document. <c>foreach</c> uses the
/// struct <see cref="Enumerator"/> directly: no interface call per node, and one allocation per
/// walk at most (the frame stack). LINQ still works through <see cref="IEnumerable{T}"/>.
/// A walk for some kinds goes down only into subtrees that hold one of them (each green node knows the kinds
/// below it), so it neither visits nor creates the red nodes of the others.
/// </remarks>
public readonly struct DescendantNodeWalk : IEnumerable<SyntaxNode>
{
    private readonly SyntaxNode _root;
    private readonly bool _includeSelf;
    private readonly ulong _kinds;

    internal DescendantNodeWalk(SyntaxNode root, bool includeSelf, ulong kinds)
    {
        _root = root;
        _includeSelf = includeSelf;
        _kinds = kinds;
    }

    public Enumerator GetEnumerator() => new(_root, _includeSelf, _kinds);

    IEnumerator<SyntaxNode> IEnumerable<SyntaxNode>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A pre-order walk over green slots with an explicit stack of frames, so depth cannot overflow the call stack.</summary>
    public struct Enumerator : IEnumerator<SyntaxNode>
    {
        private readonly ulong _kinds;
        private WalkFrame[]? _frames;
        private int _depth;
        private SyntaxNode _node;
        private int _slot;
        private int _position;
        private bool _selfPending;

        internal Enumerator(SyntaxNode root, bool includeSelf, ulong kinds)
        {
            _kinds = kinds;
            _position = root.Position;
            Current = null!;

            // A root whose subtree holds none of the kinds has nothing to give: the walk starts at its end.
            _node = root;
            _selfPending = includeSelf && (SyntaxKindSet.NodeBit(root.Kind) & kinds) != 0;
            _slot = (root.Green.SubtreeKinds & kinds) == 0 ? root.Green.SlotCount : 0;
        }

        public SyntaxNode Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_selfPending)
            {
                _selfPending = false;
                Current = _node;
                return true;
            }

            while (true)
            {
                // The slots that hold no wanted node are passed over in a loop on locals: most of a walk's time is spent here.
                // Tokens hold no node kind, so the one test passes over them too.
                var slots = _node.Green.Slots;
                var slot = _slot;
                var position = _position;
                while (slot < slots.Length && (slots[slot].SubtreeKinds & _kinds) == 0)
                {
                    position += slots[slot].FullWidth;
                    slot++;
                }

                if (slot == slots.Length)
                {
                    if (_depth == 0)
                    {
                        (_slot, _position) = (slot, position);
                        return false;
                    }

                    (_node, _slot, _position) = _frames![--_depth];
                    continue;
                }

                var child = slots[slot];
                var childNode = _node.GetChildNode(slot, position);
                WalkFrame.Push(ref _frames, ref _depth, new WalkFrame(_node, slot + 1, position + child.FullWidth));
                _node = childNode;
                (_slot, _position) = (0, position);
                if ((SyntaxKindSet.NodeBit(child.Kind) & _kinds) != 0)
                {
                    Current = childNode;
                    return true;
                }
            }
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
