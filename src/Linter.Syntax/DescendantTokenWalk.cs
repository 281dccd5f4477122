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

    /// <summary>A pre-order walk over green slots with an explicit stack of frames, so depth cannot overflow the call stack.</summary>
    public struct Enumerator : IEnumerator<SyntaxToken>
    {
        private WalkFrame[]? _frames;
        private int _depth;
        private SyntaxNode _node;
        private int _slot;
        private int _position;

        internal Enumerator(SyntaxNode root)
        {
            _node = root;
            _position = root.Position;
        }

        public SyntaxToken Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
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
                if (child is Green.GreenToken token)
                {
                    Current = new SyntaxToken(_node, token, _position, _slot);
                    _position += token.FullWidth;
                    _slot++;
                    return true;
                }

                WalkFrame.Push(ref _frames, ref _depth, new WalkFrame(_node, _slot + 1, _position + child.FullWidth));
                _node = _node.GetChildNode(_slot, _position);
                _slot = 0;
            }
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
