using System.Globalization;
using Linter.Syntax;

namespace Linter.Rules.Tests.Claims;

/// <summary>One hand-annotated claim of <c>tests/annotations/claims-*.tsv</c>: where its source starts and what it is.</summary>
internal sealed record AnnotatedClaim(string Path, int Line, string Source, string Cue, string Side, string Answered);

/// <summary>
/// The hand-annotated claims of real documents, and how the claims stmtlint finds compare with them: a found source
/// matches an annotated one on the same line when their texts overlap.
/// </summary>
internal static class AnnotatedClaims
{
    public static IReadOnlyList<AnnotatedClaim> Read(string file)
    {
        var rows = new List<AnnotatedClaim>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "annotations", file)).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            rows.Add(new AnnotatedClaim(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), fields[2], fields[3], fields[4], fields[5]));
        }

        return rows;
    }

    /// <summary>A found source: the line it starts on and its character range on that line.</summary>
    public sealed record FoundSource(int Line, int Start, int End, string Text);

    public static List<FoundSource> FoundSources(SyntaxTree tree)
    {
        var found = new List<FoundSource>();
        foreach (var node in tree.Root.DescendantNodes(SyntaxKind.ClaimSource))
        {
            var span = tree.Text.Lines.GetLinePositionSpan(node.Span);
            var start = span.Start.Character;
            var end = span.End.Line == span.Start.Line ? span.End.Character : int.MaxValue;
            found.Add(new FoundSource(span.Start.Line + 1, start, end, node.ToString()));
        }

        return found;
    }

    /// <summary>True when an annotated source and a found one are on the same line and their texts overlap.</summary>
    public static bool Matches(AnnotatedClaim annotated, FoundSource found, string lineText)
    {
        if (Math.Abs(annotated.Line - found.Line) > 1)
        {
            return false;
        }

        // A source wrapped over two lines may be recorded on either: the texts hold one another.
        if (annotated.Line != found.Line)
        {
            return HoldOneAnother(annotated.Source, found.Text);
        }

        for (var at = lineText.IndexOf(annotated.Source, StringComparison.Ordinal); at >= 0; at = lineText.IndexOf(annotated.Source, at + 1, StringComparison.Ordinal))
        {
            if (at < found.End && found.Start < at + annotated.Source.Length)
            {
                return true;
            }
        }

        // A source the annotation wrote differently (a wrapped line): the texts hold one another.
        return HoldOneAnother(annotated.Source, found.Text);
    }

    // The annotation writes a wrapped source on one line, with single spaces; the tree keeps the line break.
    private static bool HoldOneAnother(string annotated, string found)
    {
        var written = string.Join(' ', annotated.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var recognised = string.Join(' ', found.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return recognised.Contains(written, StringComparison.OrdinalIgnoreCase)
            || written.Contains(recognised, StringComparison.OrdinalIgnoreCase);
    }
}
