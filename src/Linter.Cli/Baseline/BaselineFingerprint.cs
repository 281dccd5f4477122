using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Baseline;

/// <summary>
/// Identifies a diagnostic by what it is about rather than where it is, so a baseline survives
/// edits elsewhere in the document: a hash of the rule ID, the text of the diagnostic's span and the
/// text of the line(s) around it (whitespace collapsed, so re-wrapping or trailing spaces do not
/// matter), followed by an occurrence index that tells apart equal findings in one file. Line
/// numbers are deliberately absent: inserting a paragraph above a finding must not change it.
/// </summary>
internal static class BaselineFingerprint
{
    /// <summary>One fingerprint per diagnostic, in the order given (which must be the document order for stable occurrence indexes).</summary>
    public static string[] Compute(SourceText text, IReadOnlyList<Diagnostic> diagnostics)
    {
        var fingerprints = new string[diagnostics.Count];
        var occurrences = new Dictionary<ulong, int>();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var hash = Hash(diagnostic.Id, SpanText(text, diagnostic.Location.Span), LineContext(text, diagnostic.Location.Span));
            occurrences.TryGetValue(hash, out var occurrence);
            occurrences[hash] = occurrence + 1;
            fingerprints[i] = string.Create(CultureInfo.InvariantCulture, $"{hash:x16}:{occurrence}");
        }

        return fingerprints;
    }

    private static ulong Hash(string ruleId, string spanText, string context)
    {
        // NUL cannot appear in a rule ID and separates the parts, so ("a", "bc") and ("ab", "c") differ.
        var bytes = Encoding.UTF8.GetBytes($"{ruleId}\0{spanText}\0{context}");
        return XxHash3.HashToUInt64(bytes);
    }

    private static string SpanText(SourceText text, TextSpan span)
    {
        var clamped = TextSpan.FromBounds(Math.Min(span.Start, text.Length), Math.Min(span.End, text.Length));
        return Normalise(text.ToString(clamped));
    }

    private static string LineContext(SourceText text, TextSpan span)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var first = text.Lines.GetLineFromPosition(Math.Min(span.Start, text.Length));
        var last = text.Lines.GetLineFromPosition(Math.Min(span.End, text.Length));
        return Normalise(text.ToString(TextSpan.FromBounds(first.Start, last.End)));
    }

    private static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
