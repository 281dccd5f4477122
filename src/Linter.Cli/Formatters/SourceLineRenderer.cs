using System.Text;

namespace Linter.Cli.Formatters;

/// <summary>
/// Lays a source line out for a terminal: tabs expanded to the next multiple of
/// <see cref="CellWidth.TabSize"/>, and an underline whose carets sit under exactly the cells the
/// span's characters occupy (two per wide character, none for a combining mark).
/// </summary>
internal static class SourceLineRenderer
{
    /// <summary>The displayed line and its underline.</summary>
    /// <param name="line">The line's text, without its line break.</param>
    /// <param name="start">Start of the underlined part, in UTF-16 units from the start of the line.</param>
    /// <param name="end">End (exclusive) of the underlined part; equal to <paramref name="start"/> for an empty span.</param>
    public static (string Text, string Underline) Render(string line, int start, int end)
    {
        var text = new StringBuilder(line.Length);
        var underline = new StringBuilder();
        var column = 0;
        var index = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            int width;
            if (rune.Value == '\t')
            {
                width = CellWidth.TabSize - (column % CellWidth.TabSize);
                text.Append(' ', width);
            }
            else
            {
                width = CellWidth.Of(rune);
                if (width == 0 && Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Control)
                {
                    // A control character would move the terminal's cursor; show nothing for it rather than corrupt the layout.
                    index += rune.Utf16SequenceLength;
                    continue;
                }

                text.Append(rune.ToString());
            }

            var inSpan = index >= start && index < end;
            underline.Append(inSpan ? '^' : ' ', inSpan || index < start ? width : 0);
            column += width;
            index += rune.Utf16SequenceLength;
        }

        if (underline.ToString().Trim().Length == 0)
        {
            // An empty span (or one covering only zero-width characters) still gets one caret where it is.
            underline.Length = 0;
            underline.Append(' ', CellsBefore(line, start)).Append('^');
        }

        return (text.ToString(), underline.ToString().TrimEnd());
    }

    private static int CellsBefore(string line, int offset)
    {
        var column = 0;
        var index = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (index >= offset)
            {
                break;
            }

            column += rune.Value == '\t' ? CellWidth.TabSize - (column % CellWidth.TabSize) : CellWidth.Of(rune);
            index += rune.Utf16SequenceLength;
        }

        return column;
    }
}
