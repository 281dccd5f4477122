using System.Collections;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Linter.Syntax.Green;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>The leading or trailing trivia of one token, read from the green token as it is enumerated.</summary>
/// <remarks>
/// A value, not an array: rules ask every token of a document for its trivia, and an array per
/// question was the largest single allocation of a run. Enumerating with <c>foreach</c>, reading
/// <see cref="Count"/> or indexing allocates nothing.
/// </remarks>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly SyntaxToken _token;
    private readonly GreenTrivia[]? _items;
    private readonly int _start;

    internal SyntaxTriviaList(SyntaxToken token, GreenTrivia[] items, int start)
    {
        _token = token;
        _items = items;
        _start = start;
    }

    /// <summary>The number of trivia.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when there is no trivia.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The trivia at <paramref name="index"/>; its position is the sum of the widths before it, so this walks them.</summary>
    public SyntaxTrivia this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var position = _start;
            for (var i = 0; i < index; i++)
            {
                position += _items![i].Width;
            }

            return new SyntaxTrivia(_token, _items![index].Kind, new TextSpan(position, _items[index].Width));
        }
    }

    /// <summary>The trivia as an array; allocates.</summary>
    public ImmutableArray<SyntaxTrivia> ToImmutableArray()
    {
        if (Count == 0)
        {
            return [];
        }

        var items = new SyntaxTrivia[Count];
        var index = 0;
        foreach (var trivia in this)
        {
            items[index++] = trivia;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    /// <summary>The trivia as an array, for code written against the array form; allocates.</summary>
#pragma warning disable CA2225 // ToImmutableArray is the named alternative.
    public static implicit operator ImmutableArray<SyntaxTrivia>(SyntaxTriviaList list) => list.ToImmutableArray();
#pragma warning restore CA2225

    public Enumerator GetEnumerator() => new(_token, _items ?? [], _start);

    IEnumerator<SyntaxTrivia> IEnumerable<SyntaxTrivia>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the trivia in text order, tracking positions; allocates nothing.</summary>
    public struct Enumerator : IEnumerator<SyntaxTrivia>
    {
        private readonly SyntaxToken _token;
        private readonly GreenTrivia[] _items;
        private int _index;
        private int _position;
        private int _nextPosition;

        internal Enumerator(SyntaxToken token, GreenTrivia[] items, int start)
        {
            _token = token;
            _items = items;
            _index = -1;
            _nextPosition = start;
        }

        public readonly SyntaxTrivia Current => new(_token, _items[_index].Kind, new TextSpan(_position, _items[_index].Width));

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_index + 1 >= _items.Length)
            {
                return false;
            }

            _index++;
            _position = _nextPosition;
            _nextPosition += _items[_index].Width;
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
