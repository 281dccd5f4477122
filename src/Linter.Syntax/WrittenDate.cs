using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Linter.Syntax.Parsing;

namespace Linter.Syntax;

/// <summary>
/// A date as a document writes it: its year (when given), month and day, the pattern it is written
/// in, and whether such a day exists. Read from the text of a <see cref="SyntaxKind.DateToken"/>.
/// </summary>
/// <remarks>
/// <para>
/// Patterns describe how a date is written, one letter group per part, everything else literal:
/// <c>yyyy</c> the year; <c>M</c>/<c>MM</c> the month number (unpadded/padded); <c>MMM</c>/<c>MMMM</c>
/// the month's short/full name from <see cref="Vocabulary.Months"/>; <c>d</c>/<c>dd</c> the day;
/// <c>o</c> the ordinal suffix of the day ("st", "nd", "rd", "th"); text in single quotes is literal.
/// So "2022-4-29" is <c>yyyy-M-d</c>, "2022-05-05" <c>yyyy-MM-dd</c>, "April 29, 2022"
/// <c>MMMM d, yyyy</c>, "01 Feb 2021" <c>dd MMM yyyy</c>, "29th April" <c>do MMMM</c>.
/// </para>
/// <para>
/// A numeric part of two digits ("29", "10") reads as padded or unpadded alike; <see cref="Format"/>
/// takes the padding the other numeric part shows, and padded when neither shows any. Compare forms
/// with <see cref="IsWrittenIn"/>, which renders the date in a pattern and compares, rather than
/// comparing <see cref="Format"/> strings. "4/5/2022" is read month first, as US sources write it.
/// </para>
/// </remarks>
public sealed class WrittenDate
{
    private readonly Vocabulary _vocabulary;

    private WrittenDate(string text, int? year, int month, int day, string format, Vocabulary vocabulary)
    {
        Text = text;
        Year = year;
        Month = month;
        Day = day;
        Format = format;
        _vocabulary = vocabulary;
        IsValid = month is >= 1 and <= 12
            && year is null or (>= 1 and <= 9999)
            && day >= 1
            && day <= DateTime.DaysInMonth(year ?? 2000, month); // Without a year, 29 February may exist.
    }

    /// <summary>The date as written: "2022-4-29".</summary>
    public string Text { get; }

    /// <summary>The year, or null for a date written without one ("May 12").</summary>
    public int? Year { get; }

    /// <summary>The month as written, 1 to 12 when valid.</summary>
    public int Month { get; }

    /// <summary>The day as written, 1 to 31 when valid.</summary>
    public int Day { get; }

    /// <summary>The pattern the date is written in: "yyyy-M-d", "MMMM d, yyyy", "dd MMM yyyy".</summary>
    public string Format { get; }

    /// <summary>False for a day that does not exist: "2022-02-30", "2022-13-01", "April 31".</summary>
    public bool IsValid { get; }

    /// <summary>The day, when the date is valid and has a year; otherwise null.</summary>
    public DateOnly? Date => IsValid && Year is { } year ? new DateOnly(year, Month, Day) : null;

    /// <summary>Reads <paramref name="text"/> (a date token's text); null when it is in none of the forms dates are written in.</summary>
    public static WrittenDate? Parse(string text, Vocabulary? vocabulary = null) =>
        TryParse(text, vocabulary ?? Vocabulary.Default, out var date) ? date : null;

    /// <summary>Reads the text of a <see cref="SyntaxKind.DateToken"/> with its tree's vocabulary.</summary>
    public static WrittenDate? Parse(SyntaxToken token) =>
        token.Parent is null ? null : Parse(token.Text, token.Parent.Tree.Options.Vocabulary);

    /// <summary>Reads <paramref name="text"/>; false when it is in none of the forms dates are written in.</summary>
    public static bool TryParse(string text, Vocabulary vocabulary, [NotNullWhen(true)] out WrittenDate? date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vocabulary);
        date = Read(text.Trim(), vocabulary) is { } parts
            ? new WrittenDate(text, parts.Year, parts.Month, parts.Day, parts.Format, vocabulary)
            : null;
        return date is not null;
    }

    /// <summary>
    /// True when the date reads the same written in <paramref name="pattern"/>, ignoring the case of
    /// month names and the kind and number of spaces.
    /// </summary>
    public bool IsWrittenIn(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Render(pattern) is { } rendered
            && string.Equals(NormalizeSpaces(rendered), NormalizeSpaces(Text), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The date written in <paramref name="pattern"/>; null when it cannot be: the date is invalid,
    /// or the pattern asks for a year the date does not have.
    /// </summary>
    public string? Render(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!IsValid || (Year is null && pattern.Contains('y', StringComparison.Ordinal) && !IsQuoted(pattern, 'y')))
        {
            return null;
        }

        return Render(Year ?? 0, Month, Day, pattern, _vocabulary);
    }

    /// <summary>Writes <paramref name="date"/> in <paramref name="pattern"/>, month names from <paramref name="vocabulary"/>.</summary>
    public static string Render(DateOnly date, string pattern, Vocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Render(date.Year, date.Month, date.Day, pattern, vocabulary ?? Vocabulary.Default);
    }

    public override string ToString() => $"{Text} ({Format})";

    private static string Render(int year, int month, int day, string pattern, Vocabulary vocabulary)
    {
        var builder = new StringBuilder(pattern.Length + 8);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\'')
            {
                var close = pattern.IndexOf('\'', i + 1);
                var end = close < 0 ? pattern.Length : close;
                builder.Append(pattern, i + 1, end - i - 1);
                i = end + 1;
                continue;
            }

            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            switch (c)
            {
                case 'y':
                    builder.Append(year.ToString(run >= 4 ? "D4" : "D" + run.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
                    break;
                case 'M' when run >= 3:
                    builder.Append(MonthName(month, full: run >= 4, vocabulary));
                    break;
                case 'M':
                    builder.Append(month.ToString(run == 2 ? "D2" : "D", CultureInfo.InvariantCulture));
                    break;
                case 'd':
                    builder.Append(day.ToString(run == 2 ? "D2" : "D", CultureInfo.InvariantCulture));
                    break;
                case 'o':
                    builder.Append(OrdinalSuffix(day));
                    break;
                default:
                    builder.Append(c, run);
                    break;
            }

            i += run;
        }

        return builder.ToString();
    }

    /// <summary>The full name is the longest the vocabulary lists for the month, the short name the shortest.</summary>
    private static string MonthName(int month, bool full, Vocabulary vocabulary)
    {
        string? best = null;
        foreach (var (name, number) in vocabulary.Months)
        {
            if (number == month && (best is null
                || (full ? name.Length > best.Length : name.Length < best.Length)
                || (name.Length == best.Length && string.CompareOrdinal(name, best) < 0)))
            {
                best = name;
            }
        }

        return best ?? month.ToString(CultureInfo.InvariantCulture);
    }

    private static string OrdinalSuffix(int day) => (day % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    private static bool IsQuoted(string pattern, char letter)
    {
        var quoted = false;
        foreach (var c in pattern)
        {
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (c == letter && !quoted)
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalizeSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private readonly record struct Parts(int? Year, int Month, int Day, string Format);

    /// <summary>Reads a whole text as one date of <see cref="DateGrammar"/>: its numbers and the pattern it is written in.</summary>
    private static Parts? Read(string text, Vocabulary vocabulary)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var read = char.IsAsciiDigit(text[0])
            ? DateGrammar.TryReadNumberFirst(text, 0, vocabulary, out var parts)
            : DateGrammar.TryReadMonthFirst(text, 0, vocabulary, out parts);
        if (!read || parts.Width != text.Length)
        {
            return null;
        }

        int? year = parts.Year.IsEmpty ? null : Number(parts.Year);
        var yearPattern = parts.Year.IsEmpty ? string.Empty : parts.Comma ? ", yyyy" : " yyyy";
        var ordinal = parts.Ordinal ? "o" : string.Empty;
        switch (parts.Form)
        {
            case DateForm.YearMonthDay:
            {
                var (monthPattern, dayPattern) = NumericPadding(parts.Month, parts.Day);
                return new Parts(year, Number(parts.Month), Number(parts.Day), $"yyyy{parts.Separator}{monthPattern}{parts.Separator}{dayPattern}");
            }

            case DateForm.Slashed:
            {
                // Month first unless the first number cannot be a month.
                var first = Number(parts.Month);
                var second = Number(parts.Day);
                var (firstPattern, secondPattern) = NumericPadding(parts.Month, parts.Day);
                return first > 12 && second <= 12
                    ? new Parts(year, second, first, $"{firstPattern.Replace('M', 'd')}/{secondPattern.Replace('d', 'M')}/yyyy")
                    : new Parts(year, first, second, $"{firstPattern}/{secondPattern}/yyyy");
            }

            case DateForm.DayMonth:
            {
                var month = MonthNumber(parts.MonthName, parts.MonthDot, vocabulary, out var monthPattern);
                return new Parts(year, month, Number(parts.Day), $"{DayPattern(parts.Day)}{ordinal} {monthPattern}{yearPattern}");
            }

            default:
            {
                var month = MonthNumber(parts.MonthName, parts.MonthDot, vocabulary, out var monthPattern);
                var gap = parts.Gap ? " " : string.Empty;
                return new Parts(year, month, Number(parts.Day), $"{monthPattern}{gap}{DayPattern(parts.Day)}{ordinal}{yearPattern}");
            }
        }
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    /// <summary>The month a name stands for, and its pattern: the name is full when no longer one names the month ("May" is both, and reads as full).</summary>
    private static int MonthNumber(ReadOnlySpan<char> name, bool dot, Vocabulary vocabulary, out string pattern)
    {
        vocabulary.TryGetMonth(name, out var month);
        var full = true;
        foreach (var (other, number) in vocabulary.Months)
        {
            if (number == month && other.Length > name.Length)
            {
                full = false;
                break;
            }
        }

        pattern = (full ? "MMMM" : "MMM") + (dot ? "." : string.Empty);
        return month;
    }

    private static string DayPattern(ReadOnlySpan<char> digits) => digits.Length == 2 && digits[0] == '0' ? "dd" : "d";

    /// <summary>
    /// Padding of a numeric month and day: a leading zero shows padding, a single digit shows none,
    /// and a two-digit number ≥ 10 takes what the other part shows (padded when it shows nothing either).
    /// </summary>
    private static (string Month, string Day) NumericPadding(ReadOnlySpan<char> month, ReadOnlySpan<char> day)
    {
        var monthPadded = Padding(month);
        var dayPadded = Padding(day);
        var fallback = monthPadded ?? dayPadded ?? true;
        return ((monthPadded ?? fallback) ? "MM" : "M", (dayPadded ?? fallback) ? "dd" : "d");
    }

    private static bool? Padding(ReadOnlySpan<char> digits) => digits.Length switch
    {
        1 => false,
        2 when digits[0] == '0' => true,
        _ => null,
    };
}
