using System.Collections;

namespace Linter.Syntax;

/// <summary>The tokens below a node in document order, including missing ones: what <see cref="SyntaxNode.DescendantTokens"/> returns.</summary>
/// <remarks>
/// Every rule that looks at words or punctuation walks the tokens, so this is the hottest loop
/// after the lexer. <c>foreach</c> uses the struct <see cref="Enumerator"/> directly: no
/// interface call per token, and one allocation per walk at most (the frame stack, once the walk
/// goes below the first level). LINQ still works through <see cref="IEnumerable{T}"/>.
/// </remarks>
public readonly struct DescendantTokenWalk : IEnumerable<SyntaxToken>
{
    private readonly SyntaxNode _root;

    internal DescendantTokenWalk(SyntaxNode root)
    {
        _root = root;
    }

    public Enumerator GetEnumerator() => new(_root);

    IEnumerator<SyntaxToken> IEnumerable<SyntaxToken>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The tokens of a <see cref="SyntaxWalkCursor"/>: the nodes it enters are passed over.</summary>
    public struct Enumerator : IEnumerator<SyntaxToken>
    {
        private SyntaxWalkCursor _cursor;

        internal Enumerator(SyntaxNode root)
        {
            _cursor = new SyntaxWalkCursor(root);
        }

        public SyntaxToken Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (_cursor.MoveNext(out var node, out var token))
            {
                if (node is null)
                {
                    Current = token;
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
