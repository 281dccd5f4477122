using System.Globalization;

namespace Linter.Cli.Discovery;

/// <summary>
/// The lines of a file changed since a git reference, read from the hunk headers of a diff without
/// context (<c>@@ -a,b +c,d @@</c>: lines c to c+d-1 of the new file). Deleted lines have no line
/// in the new file, so a pure deletion marks nothing.
/// </summary>
internal sealed class ChangedLines
{
    private readonly HashSet<int>? _lines;

    private ChangedLines(HashSet<int>? lines) => _lines = lines;

    /// <summary>Every line counts as changed: a file git does not know yet is all new.</summary>
    public static ChangedLines All { get; } = new(null);

    /// <summary>Reads the one-based new-file line numbers of every hunk in <paramref name="unifiedDiff"/>.</summary>
    public static ChangedLines FromDiff(string unifiedDiff)
    {
        var lines = new HashSet<int>();
        foreach (var line in unifiedDiff.Split('\n'))
        {
            if (!line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                continue;
            }

            var plus = line.IndexOf(" +", StringComparison.Ordinal);
            var end = plus < 0 ? -1 : line.IndexOf(' ', plus + 2);
            if (end < 0)
            {
                continue;
            }

            var range = line[(plus + 2)..end].Split(',');
            var start = int.Parse(range[0], CultureInfo.InvariantCulture);
            var count = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : 1;
            for (var i = 0; i < count; i++)
            {
                lines.Add(start + i);
            }
        }

        return new ChangedLines(lines);
    }

    /// <summary>True when any one-based line from <paramref name="firstLine"/> to <paramref name="lastLine"/> changed.</summary>
    public bool Touches(int firstLine, int lastLine)
    {
        if (_lines is null)
        {
            return true;
        }

        for (var line = firstLine; line <= lastLine; line++)
        {
            if (_lines.Contains(line))
            {
                return true;
            }
        }

        return false;
    }
}
