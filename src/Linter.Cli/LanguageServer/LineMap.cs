using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// The lines of a document as the protocol counts them, and conversions between text offsets
/// (UTF-16 code units into the string) and positions in the negotiated encoding.
/// </summary>
/// <remarks>
/// The protocol ends lines only at LF, CR LF and CR. The analysis's own line table also ends them at
/// NEL, LS and PS (as Roslyn does), so the server never takes a line number from a diagnostic: it
/// maps the diagnostic's offsets here. Where a text has none of those three characters, both count
/// the same lines and UTF-16 characters are the analysis's columns.
/// </remarks>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _starts;

    public LineMap(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];
    }

    public int LineCount => _starts.Length;

    /// <summary>The offset of <paramref name="position"/>; a position past a line's end is its end, past the last line the text's end (as the protocol asks).</summary>
    public int ToOffset(Position position, PositionEncoding encoding)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _starts.Length)
        {
            return _text.Length;
        }

        var start = _starts[position.Line];
        var end = LineContentEnd(position.Line);
        var units = 0;
        var offset = start;
        while (offset < end && units < position.Character)
        {
            var width = IsPair(offset) ? 2 : 1;
            var size = encoding.Units(_text, offset, width);
            if (units + size > position.Character)
            {
                // A position inside a character's code units means the character before it.
                break;
            }

            units += size;
            offset += width;
        }

        return offset;
    }

    /// <summary>The position of <paramref name="offset"/> in <paramref name="encoding"/>.</summary>
    public Position ToPosition(int offset, PositionEncoding encoding)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = Array.BinarySearch(_starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        // An offset between CR and LF belongs to the line they end.
        var start = _starts[line];
        var units = 0;
        var i = start;
        while (i < offset)
        {
            var width = IsPair(i) && i + 1 < offset ? 2 : 1;
            units += encoding.Units(_text, i, width);
            i += width;
        }

        return new Position { Line = line, Character = units };
    }

    public Protocol.Range ToRange(int start, int end, PositionEncoding encoding) =>
        new() { Start = ToPosition(start, encoding), End = ToPosition(end, encoding) };

    /// <summary>The end of <paramref name="line"/>'s text, before its line break.</summary>
    public int LineContentEnd(int line)
    {
        var end = line + 1 < _starts.Length ? _starts[line + 1] : _text.Length;
        if (end > _starts[line] && line + 1 < _starts.Length)
        {
            end--;
            if (_text[end] == '\n' && end > _starts[line] && _text[end - 1] == '\r')
            {
                end--;
            }
        }

        return end;
    }

    /// <summary>The offset at which <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _starts[Math.Clamp(line, 0, _starts.Length - 1)];

    private bool IsPair(int offset) =>
        char.IsHighSurrogate(_text[offset]) && offset + 1 < _text.Length && char.IsLowSurrogate(_text[offset + 1]);
}
