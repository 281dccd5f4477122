using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Suppressions;

/// <summary>
/// Reads an HTML comment as a suppression directive: <c>&lt;!-- stmtlint-disable SL3001, mixed-quote-style --&gt;</c>.
/// IDs and names are separated by commas, spaces or both; none means every rule.
/// </summary>
internal static class SuppressionDirectiveParser
{
    private const string Open = "<!--";
    private const string Close = "-->";

    /// <summary>What every directive keyword begins with: a text without it holds no directive.</summary>
    public const string Prefix = "stmtlint-";

    // Longest first, so that "stmtlint-disable-line" is not read as "stmtlint-disable".
    private static readonly (string Keyword, SuppressionDirectiveKind Kind)[] s_keywords =
    [
        ("stmtlint-disable-next-line", SuppressionDirectiveKind.DisableNextLine),
        ("stmtlint-disable-line", SuppressionDirectiveKind.DisableLine),
        ("stmtlint-disable", SuppressionDirectiveKind.Disable),
        ("stmtlint-enable", SuppressionDirectiveKind.Enable),
    ];

    /// <summary>The directive a comment holds, or null when the comment is not one.</summary>
    /// <param name="comment">The comment's text, "&lt;!--" to "--&gt;".</param>
    /// <param name="start">Where the comment starts in the document.</param>
    /// <param name="resolve">Maps an ID or rule name to its rule ID, or to null when no rule has it.</param>
    public static SuppressionDirective? Parse(string comment, int start, Func<string, string?> resolve)
    {
        if (!comment.StartsWith(Open, StringComparison.Ordinal))
        {
            return null;
        }

        var end = comment.EndsWith(Close, StringComparison.Ordinal) && comment.Length >= Open.Length + Close.Length
            ? comment.Length - Close.Length
            : comment.Length;
        var position = SkipWhitespace(comment, Open.Length, end);
        foreach (var (keyword, kind) in s_keywords)
        {
            if (string.CompareOrdinal(comment, position, keyword, 0, keyword.Length) != 0)
            {
                continue;
            }

            var afterKeyword = position + keyword.Length;
            if (afterKeyword < end && !IsSeparator(comment[afterKeyword]))
            {
                // "stmtlint-disabled" or "stmtlint-disable-file": not a directive we know, so not one at all.
                return null;
            }

            return new SuppressionDirective(kind, new TextSpan(start, comment.Length), ReadTargets(comment, afterKeyword, end, start, resolve));
        }

        return null;
    }

    private static ImmutableArray<SuppressionTarget> ReadTargets(string comment, int position, int end, int start, Func<string, string?> resolve)
    {
        var targets = ImmutableArray.CreateBuilder<SuppressionTarget>();
        while (true)
        {
            while (position < end && IsSeparator(comment[position]))
            {
                position++;
            }

            if (position >= end)
            {
                return targets.ToImmutable();
            }

            var first = position;
            while (position < end && !IsSeparator(comment[position]))
            {
                position++;
            }

            var text = comment[first..position];
            targets.Add(new SuppressionTarget(text, new TextSpan(start + first, position - first), resolve(text)));
        }
    }

    private static int SkipWhitespace(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool IsSeparator(char c) => c == ',' || char.IsWhiteSpace(c);
}
