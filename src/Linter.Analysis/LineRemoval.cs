using System.Collections.Immutable;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>
/// Text changes that take whole lines out of a document without leaving a doubled blank line, or blank
/// lines at its end, behind: what a fix that deletes a line wants.
/// </summary>
public static class LineRemoval
{
    /// <summary>
    /// Deletes lines <paramref name="firstLine"/> to <paramref name="lastLine"/> with their line breaks, and
    /// the blank line that would then be doubled (see <see cref="DoubledBlankLine"/>).
    /// </summary>
    public static ImmutableArray<TextChange> DeleteLines(SourceText text, int firstLine, int lastLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Lines;
        var own = new TextChange(TextSpan.FromBounds(lines[firstLine].Start, lines[lastLine].EndIncludingLineBreak), string.Empty);
        return DoubledBlankLine(text, firstLine, lastLine) is { } blank ? [own, new TextChange(blank, string.Empty)] : [own];
    }

    /// <summary>
    /// The blank line that would be doubled once lines [<paramref name="firstLine"/>, <paramref name="lastLine"/>]
    /// are gone: the one after them when blank lines (or the start) are on both sides; at the end of the
    /// document, the blank lines before them, which would otherwise end it. Null when nothing would be doubled.
    /// </summary>
    public static TextSpan? DoubledBlankLine(SourceText text, int firstLine, int lastLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Lines;
        var next = lastLine + 1;
        while (next < lines.Count && IsBlank(text, lines[next].Span))
        {
            next++;
        }

        if (next >= lines.Count)
        {
            var previous = firstLine - 1;
            while (previous >= 0 && IsBlank(text, lines[previous].Span))
            {
                previous--;
            }

            return previous >= 0 && previous < firstLine - 1
                ? TextSpan.FromBounds(lines[previous].EndIncludingLineBreak, lines[firstLine].Start)
                : null;
        }

        var blankBefore = firstLine == 0 || IsBlank(text, lines[firstLine - 1].Span);
        var blankAfter = IsBlank(text, lines[lastLine + 1].Span);
        return blankBefore && blankAfter ? lines[lastLine + 1].SpanIncludingLineBreak : null;
    }

    /// <summary>True when <paramref name="span"/> holds nothing but whitespace and line breaks.</summary>
    public static bool IsBlank(SourceText text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = span.Start; i < span.End; i++)
        {
            if (!SyntaxFacts.IsWhitespace(text[i]) && !SyntaxFacts.IsLineBreak(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
