using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>The lines of a <see cref="StringSourceText"/>: the position where each line starts, in order.</summary>
internal sealed class LineStartTable : TextLineCollection
{
    private readonly SourceText _text;
    private readonly int[] _starts;
    private readonly int _count;

    /// <summary>The line found last: callers tend to ask about the same line or the next one.</summary>
    private int _lastLine;

    public LineStartTable(SourceText text, int[] starts, int count)
    {
        _text = text;
        _starts = starts;
        _count = count;
    }

    public override int Count => _count;

    public override TextLine this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var end = index + 1 < _count ? _starts[index + 1] : _text.Length;
            return TextLine.FromSpan(_text, TextSpan.FromBounds(_starts[index], end));
        }
    }

    public override int IndexOf(int position)
    {
        if ((uint)position > (uint)_text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position));
        }

        var last = _lastLine;
        if (position >= _starts[last])
        {
            if (last + 1 == _count || position < _starts[last + 1])
            {
                return last;
            }

            if (last + 2 == _count || position < _starts[last + 2])
            {
                _lastLine = last + 1;
                return last + 1;
            }
        }

        var found = new ReadOnlySpan<int>(_starts, 0, _count).BinarySearch(position);
        var line = found >= 0 ? found : ~found - 1;
        _lastLine = line;
        return line;
    }

    /// <summary>One search, where the base class finds the line and then its number again from its start.</summary>
    public override LinePosition GetLinePosition(int position)
    {
        var line = IndexOf(position);
        return new LinePosition(line, position - _starts[line]);
    }

    /// <summary>
    /// Where each line of <paramref name="text"/> starts: 0, then the position after every line break,
    /// as Roslyn's lines end: at LF, CR, CR LF (one break), NEL, LS and PS. The array may be longer
    /// than <paramref name="count"/>.
    /// </summary>
    public static int[] FindLineStarts(string text, out int count)
    {
        // Lines in the corpus average about 90 characters, blank ones included: room for one per 64
        // characters seldom has to grow.
        var starts = new int[Math.Max(8, (text.Length / 64) + 1)];
        count = 1;
        var position = 0;
        while (true)
        {
            var offset = text.AsSpan(position).IndexOfAny(SyntaxFacts.LineBreaks);
            if (offset < 0)
            {
                return starts;
            }

            position += offset;
            position += SyntaxFacts.LineBreakWidth(text, position);
            if (count == starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
            }

            starts[count++] = position;
        }
    }
}
