using System.Text;
using DiffPlex;

namespace Linter.Cli.Fixing;

/// <summary>A unified diff (as <c>diff -u</c> prints it, three lines of context) of what <c>--fix --dry-run</c> would write.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string oldText, string newText)
    {
        // DiffPlex reads the text after a final line break as one more, empty line; diff -u does not show it.
        if (EndsWithLineBreak(oldText) && EndsWithLineBreak(newText))
        {
            oldText = oldText[..^1];
            newText = newText[..^1];
        }

        var result = Differ.Instance.CreateLineDiffs(oldText, newText, ignoreWhitespace: false, ignoreCase: false);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var output = new StringBuilder();
        output.Append("--- ").Append(path).Append('\n');
        output.Append("+++ ").Append(path).Append('\n');
        var blocks = result.DiffBlocks;
        var i = 0;
        while (i < blocks.Count)
        {
            // Blocks closer than twice the context share a hunk, as diff -u joins them.
            var j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * Context)
            {
                j++;
            }

            var startA = Math.Max(0, blocks[i].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[i].InsertStartB - Context);
            var endA = Math.Min(a.Count, blocks[j].DeleteStartA + blocks[j].DeleteCountA + Context);
            var endB = Math.Min(b.Count, blocks[j].InsertStartB + blocks[j].InsertCountB + Context);
            output.Append("@@ -").Append(Range(startA, endA - startA)).Append(" +").Append(Range(startB, endB - startB)).Append(" @@\n");
            var lineA = startA;
            for (var k = i; k <= j; k++)
            {
                var block = blocks[k];
                for (; lineA < block.DeleteStartA; lineA++)
                {
                    output.Append(' ').Append(a[lineA]).Append('\n');
                }

                for (var d = 0; d < block.DeleteCountA; d++)
                {
                    output.Append('-').Append(a[block.DeleteStartA + d]).Append('\n');
                }

                for (var n = 0; n < block.InsertCountB; n++)
                {
                    output.Append('+').Append(b[block.InsertStartB + n]).Append('\n');
                }

                lineA = block.DeleteStartA + block.DeleteCountA;
            }

            for (; lineA < endA; lineA++)
            {
                output.Append(' ').Append(a[lineA]).Append('\n');
            }

            i = j + 1;
        }

        return output.ToString();
    }

    private static bool EndsWithLineBreak(string text) => text.EndsWith('\n') || text.EndsWith('\r');

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";
}
