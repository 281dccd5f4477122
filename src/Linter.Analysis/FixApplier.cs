using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>Applies fixes to a text as <c>--fix</c> does: in order, skipping any fix that overlaps one already taken.</summary>
public static class FixApplier
{
    /// <summary>The text with the non-overlapping fixes applied, and how many fixes were applied.</summary>
    public static (SourceText Text, int Applied) Apply(SourceText text, IEnumerable<Fix> fixes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fixes);
        var accepted = new List<TextChange>();
        var applied = 0;
        foreach (var fix in fixes)
        {
            if (fix.Changes.Any(change => change.Span.End > text.Length || accepted.Any(taken => Collides(taken.Span, change.Span))))
            {
                continue;
            }

            accepted.AddRange(fix.Changes);
            applied++;
        }

        if (applied == 0)
        {
            return (text, 0);
        }

        accepted.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (text.WithChanges(accepted), applied);
    }

    /// <summary>Overlapping spans, or two changes at one point (insertions), have no single result.</summary>
    private static bool Collides(TextSpan a, TextSpan b) => a.OverlapsWith(b) || a.Start == b.Start || (a.IsEmpty && b.Contains(a.Start)) || (b.IsEmpty && a.Contains(b.Start));
}
