using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Suppressions;

/// <summary>One ID or rule name listed in a suppression comment.</summary>
/// <param name="Text">As written: "SL3001" or "mixed-quote-style".</param>
/// <param name="Span">Where it is written, inside the comment.</param>
/// <param name="Id">The rule ID it names, or null when no known rule has that ID or name.</param>
internal sealed record SuppressionTarget(string Text, TextSpan Span, string? Id)
{
    /// <summary>Set when the target suppressed at least one diagnostic (or, for an enable, ended a disable).</summary>
    public bool Used { get; set; }
}
