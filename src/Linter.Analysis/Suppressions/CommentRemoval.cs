using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Suppressions;

/// <summary>The text changes that take a comment out of a document without leaving a gap behind.</summary>
internal static class CommentRemoval
{
    /// <summary>
    /// Removes the comment at <paramref name="span"/>. A comment alone on its lines goes with its
    /// lines; one that shares a line with text goes with the whitespace that separated it.
    /// </summary>
    public static TextChange[] Remove(SourceText text, TextSpan span)
    {
        var lines = text.Lines;
        var first = lines.GetLineFromPosition(span.Start);
        var last = lines.GetLineFromPosition(span.End);
        var before = TextSpan.FromBounds(first.Start, span.Start);
        var after = TextSpan.FromBounds(span.End, last.End);
        if (IsBlank(text, before) && IsBlank(text, after))
        {
            return DeleteLines(text, first.LineNumber, last.LineNumber);
        }

        // "text <!-- c -->" loses " <!-- c -->"; "<!-- c --> text" loses "<!-- c --> ".
        var start = span.Start;
        while (start > first.Start && IsSpace(text[start - 1]))
        {
            start--;
        }

        if (start < span.Start && start > first.Start)
        {
            return [new TextChange(TextSpan.FromBounds(start, span.End), string.Empty)];
        }

        var end = span.End;
        while (end < last.End && IsSpace(text[end]))
        {
            end++;
        }

        return [new TextChange(TextSpan.FromBounds(span.Start, end), string.Empty)];
    }

    /// <summary>
    /// Deletes whole lines. Between two blank lines, one of them goes too, so no doubled blank line
    /// is left; at the end of the document, the blank lines before go instead.
    /// </summary>
    private static TextChange[] DeleteLines(SourceText text, int firstLine, int lastLine)
    {
        var lines = text.Lines;
        var own = new TextChange(TextSpan.FromBounds(lines[firstLine].Start, lines[lastLine].EndIncludingLineBreak), string.Empty);
        var next = lastLine + 1;
        while (next < lines.Count && IsBlank(text, lines[next].Span))
        {
            next++;
        }

        if (next >= lines.Count)
        {
            // Nothing follows: the blank lines before would end the document, so they go, up to the last line of text.
            var previous = firstLine - 1;
            while (previous >= 0 && IsBlank(text, lines[previous].Span))
            {
                previous--;
            }

            return previous >= 0 && previous < firstLine - 1
                ? [new TextChange(TextSpan.FromBounds(lines[previous].EndIncludingLineBreak, lines[firstLine].Start), string.Empty), own]
                : [own];
        }

        var blankBefore = firstLine == 0 || IsBlank(text, lines[firstLine - 1].Span);
        var blankAfter = lastLine + 1 < lines.Count && IsBlank(text, lines[lastLine + 1].Span);
        return blankBefore && blankAfter
            ? [TextChangeOf(TextSpan.FromBounds(lines[firstLine].Start, lines[lastLine + 1].EndIncludingLineBreak))]
            : [own];
    }

    private static TextChange TextChangeOf(TextSpan span) => new(span, string.Empty);

    private static bool IsBlank(SourceText text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) && c is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029');
}
