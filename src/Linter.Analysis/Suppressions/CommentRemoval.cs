using Linter.Syntax;
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
        if (LineRemoval.IsBlank(text, before) && LineRemoval.IsBlank(text, after))
        {
            return [.. LineRemoval.DeleteLines(text, first.LineNumber, last.LineNumber)];
        }

        // "text <!-- c -->" loses " <!-- c -->"; "<!-- c --> text" loses "<!-- c --> ".
        var start = span.Start;
        while (start > first.Start && SyntaxFacts.IsWhitespace(text[start - 1]))
        {
            start--;
        }

        if (start < span.Start && start > first.Start)
        {
            return [new TextChange(TextSpan.FromBounds(start, span.End), string.Empty)];
        }

        var end = span.End;
        while (end < last.End && SyntaxFacts.IsWhitespace(text[end]))
        {
            end++;
        }

        return [new TextChange(TextSpan.FromBounds(span.Start, end), string.Empty)];
    }
}
