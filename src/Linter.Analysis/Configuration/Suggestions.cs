namespace Linter.Analysis.Configuration;

/// <summary>"Did you mean" hints: the candidate with the smallest edit distance, if it is close enough to be a typo.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate, or null when even the closest needs more edits than a third of the word's length (at least 2).</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, word.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // A word cut short ("warn" for "warning") is as good as a one-letter typo.
            var distance = word.Length >= 3 && candidate.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                ? 1
                : Distance(word.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>"did you mean 'x'?" or, when nothing is close, the list of what is accepted.</summary>
    public static string Hint(string word, IReadOnlyCollection<string> candidates, string listIntro)
    {
        var closest = Closest(word, candidates);
        return closest is not null ? $"did you mean '{closest}'?" : $"{listIntro}: {string.Join(", ", candidates)}";
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus transposition of neighbours ("wraning").</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
