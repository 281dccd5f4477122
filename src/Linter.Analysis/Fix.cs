using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>A titled set of non-overlapping text changes that removes the cause of a diagnostic.</summary>
public sealed class Fix
{
    /// <summary>Creates a fix; the changes are sorted by position.</summary>
    /// <exception cref="ArgumentException">There are no changes, or two of them overlap.</exception>
    public Fix(string title, ImmutableArray<TextChange> changes, Applicability applicability)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (changes.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A fix needs at least one text change.", nameof(changes));
        }

        var sorted = changes.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        for (var i = 1; i < sorted.Length; i++)
        {
            // Two insertions at one point, or a change that starts inside the previous one, have no single result.
            if (sorted[i].Span.Start < sorted[i - 1].Span.End || sorted[i].Span.Start == sorted[i - 1].Span.Start)
            {
                throw new ArgumentException($"The changes of fix '{title}' overlap at {sorted[i].Span}.", nameof(changes));
            }
        }

        Title = title;
        Changes = sorted;
        Applicability = applicability;
    }

    /// <summary>What the fix does, as a command: "Delete the line".</summary>
    public string Title { get; }

    /// <summary>The changes, sorted by position and not overlapping.</summary>
    public ImmutableArray<TextChange> Changes { get; }

    public Applicability Applicability { get; }

    /// <summary>A fix of one change.</summary>
    public static Fix Create(string title, TextChange change, Applicability applicability) => new(title, [change], applicability);
}
