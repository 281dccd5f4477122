using System.Collections;

namespace Linter.Syntax;

/// <summary>The nodes below a node in document order (pre-order), optionally starting with the node itself: what <see cref="SyntaxNode.DescendantNodes"/> returns.</summary>
/// <remarks>
/// The engine's walk and several rules go over every node of a document. <c>foreach</c> uses the
/// struct <see cref="Enumerator"/> directly: no interface call per node, and one allocation per
/// walk at most (the frame stack). LINQ still works through <see cref="IEnumerable{T}"/>.
/// </remarks>
public readonly struct DescendantNodeWalk : IEnumerable<SyntaxNode>
{
    private readonly SyntaxNode _root;
    private readonly bool _includeSelf;

    internal DescendantNodeWalk(SyntaxNode root, bool includeSelf)
    {
        _root = root;
        _includeSelf = includeSelf;
    }

    public Enumerator GetEnumerator() => new(_root, _includeSelf);

    IEnumerator<SyntaxNode> IEnumerable<SyntaxNode>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A pre-order walk over green slots with an explicit stack of frames, so depth cannot overflow the call stack.</summary>
    public struct Enumerator : IEnumerator<SyntaxNode>
    {
        private WalkFrame[]? _frames;
        private int _depth;
        private SyntaxNode _node;
        private int _slot;
        private int _position;
        private bool _selfPending;

        internal Enumerator(SyntaxNode root, bool includeSelf)
        {
            _node = root;
            _position = root.Position;
            _selfPending = includeSelf;
            Current = null!;
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
                var green = _node.Green;
                if (_slot == green.SlotCount)
                {
                    if (_depth == 0)
                    {
                        return false;
                    }

                    (_node, _slot, _position) = _frames![--_depth];
                    continue;
                }

                var child = green.GetSlot(_slot);
                if (child is Green.GreenToken)
                {
                    _position += child.FullWidth;
                    _slot++;
                    continue;
                }

                var childNode = _node.GetChildNode(_slot, _position);
                WalkFrame.Push(ref _frames, ref _depth, new WalkFrame(_node, _slot + 1, _position + child.FullWidth));
                _node = childNode;
                _slot = 0;
                _position = childNode.Position;
                Current = childNode;
                return true;
            }
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
