namespace Linter.Testing;

/// <summary>
/// Checks, independently of how fixes are applied, that a fixed text differs from its original only inside the given spans:
/// the original's text between the spans must appear in the fixed text, in order, with only replacements between.
/// </summary>
public static class FixConfinement
{
    /// <summary>
    /// Null when every change lies inside <paramref name="spans"/> (half-open [Start, End) offsets into the original);
    /// otherwise what was found outside them.
    /// </summary>
    public static string? FindChangeOutside(string original, string fixedText, IEnumerable<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(fixedText);
        ArgumentNullException.ThrowIfNull(spans);
        var gaps = Gaps(original, spans);

        // The first gap is anchored at the start and the last at the end; those between are matched leftmost, which finds a
        // placement whenever one exists.
        var first = gaps[0];
        if (!fixedText.AsSpan().StartsWith(original.AsSpan(first.Start, first.Length)))
        {
            return $"the text before the first fix span ({first}) changed";
        }

        if (gaps.Count == 1)
        {
            return string.Equals(original, fixedText, StringComparison.Ordinal) ? null : "the text changed although no fix was offered";
        }

        var last = gaps[^1];
        var suffixStart = fixedText.Length - last.Length;
        if (suffixStart < first.Length || !fixedText.AsSpan(suffixStart).SequenceEqual(original.AsSpan(last.Start, last.Length)))
        {
            return $"the text after the last fix span ({last}) changed";
        }

        var position = first.Length;
        for (var i = 1; i < gaps.Count - 1; i++)
        {
            var gap = original.Substring(gaps[i].Start, gaps[i].Length);
            var found = fixedText.IndexOf(gap, position, StringComparison.Ordinal);
            if (found < 0 || found + gap.Length > suffixStart)
            {
                return $"the text between fix spans at {gaps[i]} (\"{gap}\") is not in the fixed text where it belongs";
            }

            position = found + gap.Length;
        }

        return null;
    }

    /// <summary>The parts of the text outside every span, in order: one more than the merged spans.</summary>
    private static List<Gap> Gaps(string original, IEnumerable<(int Start, int End)> spans)
    {
        var gaps = new List<Gap>();
        var position = 0;
        foreach (var span in spans.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (span.Start < position)
            {
                // Overlaps the previous span: extend the covered region.
                position = Math.Max(position, span.End);
                continue;
            }

            gaps.Add(new Gap(position, span.Start));
            position = span.End;
        }

        gaps.Add(new Gap(position, original.Length));
        return gaps;
    }

    private readonly record struct Gap(int Start, int End)
    {
        public int Length => End - Start;

        public override string ToString() => $"[{Start}..{End})";
    }
}
