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

    /// <summary>The nodes of a <see cref="SyntaxWalkCursor"/>, after the root itself when asked: its tokens are passed over.</summary>
    public struct Enumerator : IEnumerator<SyntaxNode>
    {
        private SyntaxWalkCursor _cursor;
        private SyntaxNode? _selfPending;

        internal Enumerator(SyntaxNode root, bool includeSelf)
        {
            _cursor = new SyntaxWalkCursor(root);
            _selfPending = includeSelf ? root : null;
            Current = null!;
        }

        public SyntaxNode Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_selfPending is { } self)
            {
                _selfPending = null;
                Current = self;
                return true;
            }

            while (_cursor.MoveNext(out var node, out _))
            {
                if (node is not null)
                {
                    Current = node;
                    return true;
                }
            }

            return false;
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
