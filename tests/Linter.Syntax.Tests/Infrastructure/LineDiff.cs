using System.Globalization;
using System.Text;

namespace Linter.Syntax.Tests.Infrastructure;

/// <summary>
/// A unified diff of two texts by lines (longest common subsequence), for test failures that must
/// show what changed rather than two whole texts: "-" lines are the approved text's, "+" lines the new.
/// </summary>
internal static class LineDiff
{
    private const int Context = 3;

    /// <summary>Returns the hunks that turn <paramref name="expected"/> into <paramref name="actual"/>, at most <paramref name="maxLines"/> lines.</summary>
    public static string Unified(string expected, string actual, int maxLines = 200)
    {
        var a = Lines(expected);
        var b = Lines(actual);
        var edits = Edits(a, b);

        var output = new StringBuilder();
        var written = 0;
        var index = 0;
        while (index < edits.Count)
        {
            // A hunk runs from the first change to the last one that is no more than 2 × Context unchanged lines from the next.
            var first = edits.FindIndex(index, e => e.Op != ' ');
            if (first < 0)
            {
                break;
            }

            var last = first;
            for (var k = first + 1; k < edits.Count && k - last <= 2 * Context; k++)
            {
                if (edits[k].Op != ' ')
                {
                    last = k;
                }
            }

            var start = Math.Max(index, first - Context);
            var end = Math.Min(edits.Count, last + Context + 1);
            var oldStart = edits[start].OldLine;
            var newStart = edits[start].NewLine;
            var oldCount = edits.Skip(start).Take(end - start).Count(e => e.Op != '+');
            var newCount = edits.Skip(start).Take(end - start).Count(e => e.Op != '-');
            // As in diff -u, an empty side is numbered from the line before it.
            output.Append(CultureInfo.InvariantCulture, $"@@ -{(oldCount == 0 ? oldStart : oldStart + 1)},{oldCount} +{(newCount == 0 ? newStart : newStart + 1)},{newCount} @@\n");
            for (var k = start; k < end; k++)
            {
                if (++written > maxLines)
                {
                    output.Append("… (diff cut short)\n");
                    return output.ToString();
                }

                output.Append(edits[k].Op).Append(edits[k].Text).Append('\n');
            }

            index = end;
        }

        return output.ToString();
    }

    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static List<Edit> Edits(string[] a, string[] b)
    {
        // Trim the common head and tail first: a parser change usually touches a few lines of a long dump.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var n = a.Length - head - tail;
        var m = b.Length - head - tail;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = a[head + i] == b[head + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var k = 0; k < head; k++)
        {
            edits.Add(new Edit(' ', a[k], k, k));
        }

        var x = 0;
        var y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[head + x] == b[head + y])
            {
                edits.Add(new Edit(' ', a[head + x], head + x, head + y));
                x++;
                y++;
            }
            else if (x < n && (y == m || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                edits.Add(new Edit('-', a[head + x], head + x, head + y));
                x++;
            }
            else
            {
                edits.Add(new Edit('+', b[head + y], head + x, head + y));
                y++;
            }
        }

        for (var k = 0; k < tail; k++)
        {
            edits.Add(new Edit(' ', a[head + n + k], head + n + k, head + m + k));
        }

        return edits;
    }

    private readonly record struct Edit(char Op, string Text, int OldLine, int NewLine);
}
