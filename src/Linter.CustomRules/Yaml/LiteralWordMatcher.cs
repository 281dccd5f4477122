using System.Collections.Immutable;
using System.Globalization;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// Finds whole-word literal entries (words and phrases) the way the regex
/// <c>(?&lt;!\w)(?:longest|…|shortest)(?!\w)</c> does, without the regex: it visits each word
/// start once, looks the word up in a dictionary keyed by each entry's first word, and tries only
/// the entries that begin with it. A regex alternation of many words is slow because almost every
/// letter can begin some entry, and slower still where regexes are interpreted (the native build,
/// which cannot compile them).
/// </summary>
/// <remarks>
/// Only for entries that begin with a word character (a regex can match an entry such as "(c)"
/// anywhere; this matcher looks at word starts only). A word character is what <c>\w</c> matches:
/// a letter, a non-spacing mark, a decimal digit or a connector. Case-insensitive matching compares
/// with ordinal case folding.
/// </remarks>
internal sealed class LiteralWordMatcher
{
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly StringComparison _comparison;

    private LiteralWordMatcher(Dictionary<string, string[]> byFirstWord, StringComparison comparison)
    {
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _comparison = comparison;
    }

    /// <summary>A matcher for <paramref name="entries"/>, or null when one of them does not begin with a word character.</summary>
    public static LiteralWordMatcher? TryCreate(IEnumerable<string> entries, bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var groups = new Dictionary<string, List<string>>(comparer);
        foreach (var entry in entries.Distinct(StringComparer.Ordinal))
        {
            if (entry.Length == 0 || !IsWordCharacter(entry[0]))
            {
                return null;
            }

            var firstWord = entry[..WordEnd(entry, 0)];
            if (!groups.TryGetValue(firstWord, out var group))
            {
                groups[firstWord] = group = [];
            }

            group.Add(entry);
        }

        // Within a first word, longest first (then ordinal), as the regex alternation is ordered: at one place the longest entry wins.
        var byFirstWord = new Dictionary<string, string[]>(comparer);
        foreach (var (firstWord, group) in groups)
        {
            byFirstWord[firstWord] = [.. group.OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal)];
        }

        return new LiteralWordMatcher(byFirstWord, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>Every match in <paramref name="text"/>, left to right and not overlapping, as (start, length).</summary>
    public ImmutableArray<(int Start, int Length)> Matches(string text)
    {
        var matches = ImmutableArray.CreateBuilder<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordCharacter(text[i]) || (i > 0 && IsWordCharacter(text[i - 1])))
            {
                i++;
                continue;
            }

            var wordEnd = WordEnd(text, i);
            var length = MatchAt(text, i, wordEnd);
            if (length > 0)
            {
                matches.Add((i, length));
                i += length;
            }
            else
            {
                i = wordEnd;
            }
        }

        return matches.ToImmutable();
    }

    /// <summary>What <c>\w</c> matches in .NET: letters, non-spacing marks, decimal digits and connector punctuation.</summary>
    public static bool IsWordCharacter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    /// <summary>The length of the longest entry that starts at the word start <paramref name="start"/> and ends at a word boundary, or 0.</summary>
    private int MatchAt(string text, int start, int wordEnd)
    {
        if (!_byFirstWord.TryGetValue(text.AsSpan(start, wordEnd - start), out var candidates))
        {
            return 0;
        }

        var rest = text.AsSpan(start);
        foreach (var entry in candidates)
        {
            var end = start + entry.Length;
            if (rest.StartsWith(entry, _comparison) && (end == text.Length || !IsWordCharacter(text[end])))
            {
                return entry.Length;
            }
        }

        return 0;
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordCharacter(text[end]))
        {
            end++;
        }

        return end;
    }
}
