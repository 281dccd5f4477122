using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    /// Where each line of <paramref name="text"/> starts: 0, then the position after every line break.
    /// The array may be longer than <paramref name="count"/>.
    /// </summary>
    /// <remarks>
    /// Sixteen characters at a time, each cut to its low byte: a character whose low byte is that of
    /// LF, CR, NEL, LS or PS may be a line break and is looked at alone. Few other characters share
    /// those bytes (parentheses do), and one pass over the text costs less than an
    /// <c>IndexOfAny</c> for the five breaks per line.
    /// </remarks>
    public static int[] FindLineStarts(string text, out int count)
    {
        // Lines in the corpus average about 90 characters, blank ones included: room for one per 64
        // characters seldom has to grow.
        var starts = new int[Math.Max(8, (text.Length / 64) + 1)];
        count = 1;
        var chars = text.AsSpan();
        var position = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(chars));
            for (; position <= chars.Length - 16; position += 16)
            {
                var low = Vector128.LoadUnsafe(ref first, (nuint)position);
                var high = Vector128.LoadUnsafe(ref first, (nuint)position + 8);
                var bytes = Vector128.Narrow(low, high);
                var candidates = Vector128.Equals(bytes, Vector128.Create((byte)'\n'))
                    | Vector128.Equals(bytes, Vector128.Create((byte)'\r'))
                    | Vector128.Equals(bytes, Vector128.Create((byte)0x85))
                    | Vector128.Equals(bytes | Vector128.Create((byte)1), Vector128.Create((byte)0x29));
                var mask = candidates.ExtractMostSignificantBits();
                while (mask != 0)
                {
                    AddLineAfter(chars, position + BitOperations.TrailingZeroCount(mask), ref starts, ref count);
                    mask &= mask - 1;
                }
            }
        }

        for (; position < chars.Length; position++)
        {
            AddLineAfter(chars, position, ref starts, ref count);
        }

        return starts;
    }

    /// <summary>
    /// Records the line after the character at <paramref name="position"/> if that character ends a
    /// line, as Roslyn's lines end: at LF, CR, CR LF (one break), NEL, LS and PS.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddLineAfter(ReadOnlySpan<char> chars, int position, ref int[] starts, ref int count)
    {
        int next;
        switch (chars[position])
        {
            case '\n':
                // The LF of a CR LF: the CR recorded the line after both.
                if (position < starts[count - 1])
                {
                    return;
                }

                next = position + 1;
                break;
            case '\r':
                next = position + 1 < chars.Length && chars[position + 1] == '\n' ? position + 2 : position + 1;
                break;
            case '\u0085' or '\u2028' or '\u2029':
                next = position + 1;
                break;
            default:
                return;
        }

        if (count == starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
        }

        starts[count++] = next;
    }
}
