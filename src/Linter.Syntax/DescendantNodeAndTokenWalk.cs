using System.Collections;

namespace Linter.Syntax;

/// <summary>
/// The nodes and tokens below a node in document order (pre-order), starting with the node itself:
/// what <see cref="SyntaxNode.DescendantNodesAndTokensAndSelf"/> returns. A node comes before its
/// children, so each token comes after every node that holds it.
/// </summary>
/// <remarks>
/// The engine walks a document once with it for both its node and its token callbacks. As with the
/// other walks, <c>foreach</c> uses the struct <see cref="Enumerator"/> and allocates nothing per item.
/// </remarks>
public readonly struct DescendantNodeAndTokenWalk : IEnumerable<SyntaxNodeOrToken>
{
    private readonly SyntaxNode _root;

    internal DescendantNodeAndTokenWalk(SyntaxNode root)
    {
        _root = root;
    }

    public Enumerator GetEnumerator() => new(_root);

    IEnumerator<SyntaxNodeOrToken> IEnumerable<SyntaxNodeOrToken>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Everything a <see cref="SyntaxWalkCursor"/> stops at, after the root.</summary>
    public struct Enumerator : IEnumerator<SyntaxNodeOrToken>
    {
        private SyntaxWalkCursor _cursor;
        private SyntaxNode? _selfPending;

        internal Enumerator(SyntaxNode root)
        {
            _cursor = new SyntaxWalkCursor(root);
            _selfPending = root;
        }

        public SyntaxNodeOrToken Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_selfPending is { } self)
            {
                _selfPending = null;
                Current = new SyntaxNodeOrToken(self);
                return true;
            }

            if (!_cursor.MoveNext(out var node, out var token))
            {
                return false;
            }

            Current = node is not null ? new SyntaxNodeOrToken(node) : new SyntaxNodeOrToken(token);
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
