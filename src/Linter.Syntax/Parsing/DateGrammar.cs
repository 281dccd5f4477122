namespace Linter.Syntax.Parsing;

/// <summary>
/// The forms dates are written in, read in one place: the lexer asks how wide a date at a position is,
/// and <see cref="WrittenDate"/> asks what a date token says and in which pattern, so the two cannot
/// disagree on what a date is.
/// </summary>
/// <remarks>
/// Number first: "2022-4-29", "2022/05/05", "2022.5.5", "4/29/2022", "29 April 2022", "29th April",
/// "01 Feb 2021". Month first: "April 29, 2022", "June11, 2018", "Nov. 29", "May 12", "May 12th".
/// Numbers are ASCII digits, month names ASCII letters found in <see cref="Vocabulary.Months"/>, and
/// the spaces between parts one to three of <see cref="SyntaxFacts.IsWhitespace"/>. A date never ends
/// inside a word: the character after it is no <see cref="SyntaxFacts.IsWordCharacter"/>.
/// </remarks>
internal static class DateGrammar
{
    /// <summary>Reads a date that begins with a digit at <paramref name="position"/>; false when there is none.</summary>
    public static bool TryReadNumberFirst(ReadOnlySpan<char> text, int position, Vocabulary vocabulary, out DateParts parts)
    {
        parts = default;
        var first = Digits(text, position, 4);
        if (first == 4 && position + 4 < text.Length && text[position + 4] is '-' or '/' or '.')
        {
            var separator = text[position + 4];
            var month = Digits(text, position + 5, 2);
            if (month > 0 && position + 5 + month < text.Length && text[position + 5 + month] == separator)
            {
                var dayStart = position + 6 + month;
                var day = Digits(text, dayStart, 2);
                if (day > 0 && !IsWordCharacterAt(text, dayStart + day))
                {
                    parts = new DateParts(DateForm.YearMonthDay, dayStart + day - position)
                    {
                        Separator = separator,
                        Year = text.Slice(position, 4),
                        Month = text.Slice(position + 5, month),
                        Day = text.Slice(dayStart, day),
                    };
                    return true;
                }
            }

            return false;
        }

        var leading = Digits(text, position, 2);
        if (leading == 0 || (position + leading < text.Length && char.IsAsciiDigit(text[position + leading])))
        {
            return false;
        }

        var after = position + leading;
        if (after < text.Length && text[after] == '/')
        {
            var second = Digits(text, after + 1, 2);
            var yearStart = after + 2 + second;
            if (second > 0 && after + 1 + second < text.Length && text[after + 1 + second] == '/'
                && Digits(text, yearStart, 4) == 4 && !IsWordCharacterAt(text, yearStart + 4))
            {
                // Which of the two numbers is the month is the reader's question: the grammar keeps them in order.
                parts = new DateParts(DateForm.Slashed, yearStart + 4 - position)
                {
                    Month = text.Slice(position, leading),
                    Day = text.Slice(after + 1, second),
                    Year = text.Slice(yearStart, 4),
                };
                return true;
            }

            return false;
        }

        var ordinal = OrdinalSuffixWidth(text, after);
        var gap = InlineSpaceWidth(text, after + ordinal);
        if (gap == 0)
        {
            return false;
        }

        var monthStart = after + ordinal + gap;
        var monthWidth = MonthNameWidth(text, monthStart, vocabulary, out var dot);
        if (monthWidth == 0)
        {
            return false;
        }

        var monthEnd = monthStart + monthWidth + dot;
        parts = new DateParts(DateForm.DayMonth, monthEnd - position)
        {
            Day = text.Slice(position, leading),
            Ordinal = ordinal > 0,
            MonthName = text.Slice(monthStart, monthWidth),
            MonthDot = dot > 0,
        };
        var yearGap = InlineSpaceWidth(text, monthEnd);
        if (yearGap > 0 && Digits(text, monthEnd + yearGap, 4) == 4 && !IsWordCharacterAt(text, monthEnd + yearGap + 4))
        {
            parts.Year = text.Slice(monthEnd + yearGap, 4);
            parts.Width = monthEnd + yearGap + 4 - position;
        }

        return true;
    }

    /// <summary>Reads a date that begins with a month name at <paramref name="position"/>; false when there is none.</summary>
    public static bool TryReadMonthFirst(ReadOnlySpan<char> text, int position, Vocabulary vocabulary, out DateParts parts)
    {
        parts = default;

        // Nearly every word the lexer meets gets here and nearly none is a month: a digit after the word is
        // looked for before the name is looked up.
        var nameEnd = position;
        while (nameEnd < text.Length && char.IsAsciiLetter(text[nameEnd]))
        {
            nameEnd++;
        }

        var dot = nameEnd < text.Length && text[nameEnd] == '.' ? 1 : 0;
        var gap = InlineSpaceWidth(text, nameEnd + dot);
        var dayStart = nameEnd + dot + gap;
        if (dayStart >= text.Length || !char.IsAsciiDigit(text[dayStart]) || MonthNameWidth(text, position, vocabulary, out _) == 0)
        {
            return false;
        }

        var day = Digits(text, dayStart, 2);
        if (dayStart + day < text.Length && char.IsAsciiDigit(text[dayStart + day]))
        {
            return false;
        }

        var ordinal = OrdinalSuffixWidth(text, dayStart + day);
        var dayEnd = dayStart + day + ordinal;
        if (IsWordCharacterAt(text, dayEnd))
        {
            return false;
        }

        parts = new DateParts(DateForm.MonthDay, dayEnd - position)
        {
            MonthName = text[position..nameEnd],
            MonthDot = dot > 0,
            Gap = gap > 0,
            Day = text.Slice(dayStart, day),
            Ordinal = ordinal > 0,
        };
        var comma = dayEnd < text.Length && text[dayEnd] == ',' ? 1 : 0;
        var yearGap = InlineSpaceWidth(text, dayEnd + comma);
        var yearStart = dayEnd + comma + yearGap;
        if (yearGap > 0 && Digits(text, yearStart, 4) == 4 && !IsWordCharacterAt(text, yearStart + 4))
        {
            parts.Comma = comma > 0;
            parts.Year = text.Slice(yearStart, 4);
            parts.Width = yearStart + 4 - position;
        }

        return true;
    }

    /// <summary>The width of a month name at <paramref name="position"/> (its dot apart), or 0.</summary>
    private static int MonthNameWidth(ReadOnlySpan<char> text, int position, Vocabulary vocabulary, out int dot)
    {
        var width = 0;
        while (position + width < text.Length && char.IsAsciiLetter(text[position + width]))
        {
            width++;
        }

        dot = position + width < text.Length && text[position + width] == '.' ? 1 : 0;
        return width >= 3 && vocabulary.TryGetMonth(text.Slice(position, width), out _) ? width : 0;
    }

    private static int OrdinalSuffixWidth(ReadOnlySpan<char> text, int position)
    {
        if (position + 2 <= text.Length && text.Slice(position, 2) is "st" or "nd" or "rd" or "th" && !IsWordCharacterAt(text, position + 2))
        {
            return 2;
        }

        return 0;
    }

    /// <summary>One to three spaces on the same line (any kind of space, no line break), as dates are written.</summary>
    private static int InlineSpaceWidth(ReadOnlySpan<char> text, int position)
    {
        var width = 0;
        while (width < 3 && position + width < text.Length && SyntaxFacts.IsWhitespace(text[position + width]))
        {
            width++;
        }

        return width;
    }

    /// <summary>Up to <paramref name="max"/> ASCII digits at <paramref name="position"/>; returns how many.</summary>
    private static int Digits(ReadOnlySpan<char> text, int position, int max)
    {
        var count = 0;
        while (count < max && position + count < text.Length && char.IsAsciiDigit(text[position + count]))
        {
            count++;
        }

        return count;
    }

    private static bool IsWordCharacterAt(ReadOnlySpan<char> text, int position) =>
        position < text.Length && SyntaxFacts.IsWordCharacter(text[position]);
}

/// <summary>The shapes <see cref="DateGrammar"/> reads.</summary>
internal enum DateForm
{
    None,

    /// <summary>"2022-4-29", "2022/05/05", "2022.5.5".</summary>
    YearMonthDay,

    /// <summary>"4/29/2022": <see cref="DateParts.Month"/> holds the first number and <see cref="DateParts.Day"/> the second, as US sources write them.</summary>
    Slashed,

    /// <summary>"29 April 2022", "29th April".</summary>
    DayMonth,

    /// <summary>"April 29, 2022", "June11", "Nov. 29".</summary>
    MonthDay,
}

/// <summary>What <see cref="DateGrammar"/> found: the parts as written, slices of the text read.</summary>
internal ref struct DateParts
{
    public DateParts(DateForm form, int width)
    {
        Form = form;
        Width = width;
    }

    public DateForm Form { get; }

    /// <summary>How many characters the date takes.</summary>
    public int Width { get; set; }

    /// <summary>Four digits, or empty when the date has no year.</summary>
    public ReadOnlySpan<char> Year { get; set; }

    /// <summary>The month's digits in a numeric date.</summary>
    public ReadOnlySpan<char> Month { get; set; }

    /// <summary>The month's name in a written date, without its abbreviation dot.</summary>
    public ReadOnlySpan<char> MonthName { get; set; }

    /// <summary>The name is followed by an abbreviation dot: "Nov.".</summary>
    public bool MonthDot { get; set; }

    public ReadOnlySpan<char> Day { get; set; }

    /// <summary>The day has an ordinal suffix: "29th".</summary>
    public bool Ordinal { get; set; }

    /// <summary>The separator of a <see cref="DateForm.YearMonthDay"/> date.</summary>
    public char Separator { get; set; }

    /// <summary>Spaces between a month name and its day: false for "June11".</summary>
    public bool Gap { get; set; }

    /// <summary>A comma between the day and the year: "April 29, 2022".</summary>
    public bool Comma { get; set; }
}
