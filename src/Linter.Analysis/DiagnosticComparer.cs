namespace Linter.Analysis;

/// <summary>
/// The order diagnostics are reported in: by start position, then ID, then end position, then message. The
/// engine sorts with it, and the suppression filter keeps its output in it, so every output is in one order.
/// </summary>
public sealed class DiagnosticComparer : IComparer<Diagnostic>
{
    private DiagnosticComparer()
    {
    }

    public static DiagnosticComparer Instance { get; } = new();

    /// <summary>The order as a delegate, for <see cref="List{T}.Sort(Comparison{T})"/> and builders, made once.</summary>
    public static Comparison<Diagnostic> Comparison { get; } = Instance.Compare;

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y) || x is null || y is null)
        {
            return ReferenceEquals(x, y) ? 0 : x is null ? -1 : 1;
        }

        var order = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (order == 0)
        {
            order = string.CompareOrdinal(x.Id, y.Id);
        }

        if (order == 0)
        {
            order = x.Location.Span.End.CompareTo(y.Location.Span.End);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }
}
