using System.Collections;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>
/// The tokens below a node in document order, including missing ones, optionally only those of some kinds or those
/// whose full span meets some spans: what <see cref="SyntaxNode.DescendantTokens()"/> and its overloads return.
/// </summary>
/// <remarks>
/// Every rule that looks at words or punctuation walks the tokens, so this is the hottest loop
/// after the lexer. <c>foreach</c> uses the struct <see cref="Enumerator"/> directly: no
/// interface call per token, and one allocation per walk at most (the frame stack, once the walk
/// goes below the first level). LINQ still works through <see cref="IEnumerable{T}"/>.
/// A filtered walk goes down only into subtrees that hold a wanted kind and meet a wanted span, so it neither
/// visits nor creates the red nodes of the others.
/// </remarks>
public readonly struct DescendantTokenWalk : IEnumerable<SyntaxToken>
{
    private readonly SyntaxNode _root;
    private readonly ulong _kinds;
    private readonly TextSpan[]? _spans;

    internal DescendantTokenWalk(SyntaxNode root, ulong kinds, TextSpan[]? spans)
    {
        _root = root;
        _kinds = kinds;
        _spans = spans;
    }

    public Enumerator GetEnumerator() => new(_root, _kinds, _spans);

    IEnumerator<SyntaxToken> IEnumerable<SyntaxToken>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Whether a token with this full span is in <paramref name="span"/>, as Roslyn decides for its span walks: it
    /// overlaps the span, or it is empty and touches it (an empty token overlaps nothing).
    /// </summary>
    internal static bool IsInSpan(TextSpan span, int start, int end) =>
        Math.Max(span.Start, start) < Math.Min(span.End, end)
        || (start == end && start >= span.Start && start <= span.End);

    /// <summary>A pre-order walk over green slots with an explicit stack of frames, so depth cannot overflow the call stack.</summary>
    public struct Enumerator : IEnumerator<SyntaxToken>
    {
        private readonly ulong _kinds;
        private readonly TextSpan[]? _spans;
        private WalkFrame[]? _frames;
        private int _depth;
        private SyntaxNode _node;
        private int _slot;
        private int _position;
        private int _span;

        internal Enumerator(SyntaxNode root, ulong kinds, TextSpan[]? spans)
        {
            _kinds = kinds;
            _spans = spans;
            _node = root;
            _position = root.Position;
        }

        public SyntaxToken Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (true)
            {
                // The slots that hold nothing wanted are passed over in a loop on locals: most of a walk's time is spent here.
                var slots = _node.Green.Slots;
                var slot = _slot;
                var position = _position;
                while (slot < slots.Length)
                {
                    var candidate = slots[slot];

                    // A token's subtree kinds are its own kind: one test passes over unwanted tokens and subtrees alike.
                    if ((candidate.SubtreeKinds & _kinds) != 0
                        && (_spans is null || MeetsSpans(position, position + candidate.FullWidth, candidate is Green.GreenToken)))
                    {
                        break;
                    }

                    position += candidate.FullWidth;
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
                if (child is Green.GreenToken token)
                {
                    Current = new SyntaxToken(_node, token, position, slot);
                    (_slot, _position) = (slot + 1, position + token.FullWidth);
                    return true;
                }

                WalkFrame.Push(ref _frames, ref _depth, new WalkFrame(_node, slot + 1, position + child.FullWidth));
                _node = _node.GetChildNode(slot, position);
                (_slot, _position) = (0, position);
            }
        }

        /// <summary>
        /// Whether a token from <paramref name="start"/> to <paramref name="end"/> is in one of the spans, or a subtree there
        /// may hold one that is: a subtree is gone into when it meets a span or touches it, since an empty token at its edge
        /// may touch the span. Elements come in order of their start, so spans that end before this one starts are done with
        /// for good: each span is passed once, and the walk stays linear however many spans there are.
        /// </summary>
        private bool MeetsSpans(int start, int end, bool isToken)
        {
            var spans = _spans!;
            while (_span < spans.Length && spans[_span].End < start)
            {
                _span++;
            }

            if (!isToken)
            {
                return _span < spans.Length && spans[_span].Start <= end;
            }

            for (var i = _span; i < spans.Length && spans[i].Start <= end; i++)
            {
                if (IsInSpan(spans[i], start, end))
                {
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
