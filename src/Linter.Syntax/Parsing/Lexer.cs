using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Parsing;

/// <summary>
/// Turns the whole text into tokens and trivia. Prose is lexed into words, numbers, dates, times,
/// quotes, punctuation and addresses; the ranges a segmenter marks are lexed by their mode.
/// </summary>
/// <remarks>
/// Architecture invariant: every character of the text ends up in exactly one token or trivia, in
/// order; the lexer never throws on input and never looks back more than a few characters.
/// </remarks>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly Vocabulary _vocabulary;
    private readonly List<SyntaxDiagnostic> _diagnostics;
    private readonly TokenListBuilder _builder;

    // For each ASCII letter a month name can begin with (either case), bit n set when one continues with the n-th
    // letter: month names are read as ASCII letters only, and most words begin with two letters no month name
    // begins with. All bits are set for a name whose second letter is not ASCII but may equal one ignoring case.
    private readonly int[] _monthSecondLetters = new int[26];

    private Lexer(string text, Vocabulary vocabulary, List<SyntaxDiagnostic> diagnostics)
    {
        _text = text;
        _builder = new TokenListBuilder(text.Length);
        _vocabulary = vocabulary;
        _diagnostics = diagnostics;
        foreach (var month in vocabulary.Months.Keys)
        {
            // DateGrammar reads month names of three ASCII letters at least.
            if (month.Length >= 3 && char.IsAsciiLetter(month[0]))
            {
                _monthSecondLetters[(month[0] | 0x20) - 'a'] |= char.IsAsciiLetter(month[1]) ? 1 << ((month[1] | 0x20) - 'a') : -1;
            }
        }
    }

    public static TokenListBuilder Lex(string text, IReadOnlyList<LexRange> ranges, Vocabulary vocabulary, List<SyntaxDiagnostic> diagnostics)
    {
        var lexer = new Lexer(text, vocabulary, diagnostics);
        var position = 0;
        foreach (var range in ranges)
        {
            var start = Math.Clamp(range.Start, position, text.Length);
            var end = Math.Clamp(range.End, start, text.Length);
            lexer.LexProse(position, start);
            lexer.LexRange(range with { Start = start, End = end });
            position = end;
        }

        lexer.LexProse(position, text.Length);
        lexer._builder.Finish(text.Length);
        return lexer._builder;
    }

    private void LexRange(LexRange range)
    {
        var width = range.End - range.Start;
        if (width == 0)
        {
            return;
        }

        switch (range.Mode)
        {
            case LexMode.Markup:
                LexMarkup(range.Start, range.End);
                break;
            case LexMode.Token:
                _builder.AddToken(range.TokenKind, range.Start, width, range.Value);
                break;
            default:
                LexVerbatim(range.Start, range.End);
                break;
        }
    }

    /// <summary>Markup is trivia, but its line breaks stay end-of-line trivia so that lines keep their meaning.</summary>
    private void LexMarkup(int start, int end)
    {
        var position = start;
        while (position < end)
        {
            var eol = EndOfLineWidth(position, end);
            if (eol > 0)
            {
                _builder.AddTrivia(SyntaxKind.EndOfLineTrivia, eol);
                position += eol;
                continue;
            }

            var runStart = position;
            while (position < end && EndOfLineWidth(position, end) == 0)
            {
                position++;
            }

            _builder.AddTrivia(SyntaxKind.MarkupTrivia, position - runStart);
        }
    }

    private void LexVerbatim(int start, int end)
    {
        var position = start;
        while (position < end)
        {
            var eol = EndOfLineWidth(position, end);
            if (eol > 0)
            {
                _builder.AddTrivia(SyntaxKind.EndOfLineTrivia, eol);
                position += eol;
                continue;
            }

            var whitespace = WhitespaceWidth(position, end);
            if (whitespace > 0)
            {
                _builder.AddTrivia(SyntaxKind.WhitespaceTrivia, whitespace);
                position += whitespace;
                continue;
            }

            var lineStart = position;
            while (position < end && EndOfLineWidth(position, end) == 0)
            {
                position++;
            }

            // Trailing spaces of a verbatim line are trivia, like everywhere else.
            var textEnd = position;
            while (textEnd > lineStart && IsWhitespace(_text[textEnd - 1]))
            {
                textEnd--;
            }

            _builder.AddToken(SyntaxKind.VerbatimTextToken, lineStart, textEnd - lineStart);
            _builder.AddTrivia(SyntaxKind.WhitespaceTrivia, position - textEnd);
        }
    }

    private void LexProse(int start, int end)
    {
        var position = start;
        while (position < end)
        {
            position += LexOne(position, end);
        }
    }

    /// <summary>Lexes one token or one run of trivia at <paramref name="position"/> and returns its width (at least 1).</summary>
    private int LexOne(int position, int end)
    {
        var c = _text[position];

        // Most tokens of prose are words that start with an ASCII letter: the decisions made below for such a
        // character, without the tests that cannot apply to it (line break, space, control, digit, quote mark).
        if (char.IsAsciiLetter(c))
        {
            if (position == 0 || !IsWordChar(_text[position - 1]))
            {
                var url = MayBeginUrl(c) ? UrlWidth(position, end) : 0;
                if (url > 0)
                {
                    return Token(SyntaxKind.UrlToken, position, url);
                }

                var date = MayBeginMonth(position, end) ? MonthFirstDateWidth(position, end) : 0;
                if (date > 0)
                {
                    return Token(SyntaxKind.DateToken, position, date);
                }
            }

            return LexWordOrNumber(position, end);
        }

        // After words, spaces and ASCII punctuation are most of prose, and the tests below for the rest cannot apply to them.
        if (c == ' ')
        {
            var spaces = WhitespaceWidth(position, end);
            _builder.AddTrivia(SyntaxKind.WhitespaceTrivia, spaces);
            return spaces;
        }

        if (c is > ' ' and < '\u007F' && !char.IsAsciiDigit(c) && c is not ('"' or '\'' or '.'))
        {
            return Token(IsPunctuationCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? SyntaxKind.PunctuationToken : SyntaxKind.SymbolToken, position, 1);
        }

        var eol = EndOfLineWidth(position, end);
        if (eol > 0)
        {
            _builder.AddTrivia(SyntaxKind.EndOfLineTrivia, eol);
            return eol;
        }

        var whitespace = WhitespaceWidth(position, end);
        if (whitespace > 0)
        {
            _builder.AddTrivia(SyntaxKind.WhitespaceTrivia, whitespace);
            return whitespace;
        }

        if (char.IsControl(c) || (char.IsSurrogate(c) && !IsSurrogatePairAt(position, end)))
        {
            return LexSkipped(position, end);
        }

        var atWordStart = position == 0 || !IsWordChar(_text[position - 1]);
        if (atWordStart)
        {
            var url = UrlWidth(position, end);
            if (url > 0)
            {
                return Token(SyntaxKind.UrlToken, position, url);
            }
        }

        if (char.IsAsciiDigit(c) && atWordStart)
        {
            var date = NumericDateWidth(position, end);
            if (date > 0)
            {
                return Token(SyntaxKind.DateToken, position, date);
            }

            var time = TimeWidth(position, end);
            if (time > 0)
            {
                return Token(SyntaxKind.TimeToken, position, time);
            }
        }

        if (char.IsLetter(c) && atWordStart)
        {
            var date = MonthFirstDateWidth(position, end);
            if (date > 0)
            {
                return Token(SyntaxKind.DateToken, position, date);
            }
        }

        if (SyntaxFacts.IsQuoteMark(c))
        {
            return Token(ClassifyQuote(position, end), position, 1);
        }

        if (IsWordStartAt(position, end))
        {
            return LexWordOrNumber(position, end);
        }

        if (c == '.' && position + 1 < end && _text[position + 1] == '.')
        {
            var dots = position;
            while (dots < end && _text[dots] == '.')
            {
                dots++;
            }

            return Token(SyntaxKind.PunctuationToken, position, dots - position);
        }

        var width = char.IsSurrogate(c) ? 2 : 1;
        var category = CharUnicodeInfo.GetUnicodeCategory(_text, position);
        var kind = IsPunctuationCategory(category) ? SyntaxKind.PunctuationToken : SyntaxKind.SymbolToken;
        return Token(kind, position, width);
    }

    private int Token(SyntaxKind kind, int start, int width)
    {
        _builder.AddToken(kind, start, width);
        return width;
    }

    private int LexSkipped(int position, int end)
    {
        var start = position;
        while (position < end
            && EndOfLineWidth(position, end) == 0
            && WhitespaceWidth(position, end) == 0
            && (char.IsControl(_text[position]) || (char.IsSurrogate(_text[position]) && !IsSurrogatePairAt(position, end))))
        {
            position++;
        }

        var width = position - start;
        _builder.AddTrivia(SyntaxKind.SkippedTextTrivia, width);
        _diagnostics.Add(new SyntaxDiagnostic(
            SyntaxDiagnosticIds.SyntaxError,
            new TextSpan(start, width),
            $"unexpected character {Describe(_text[start])} in text"));
        return width;
    }

    private static string Describe(char c) => $"U+{(int)c:X4}";

    private int LexWordOrNumber(int position, int end)
    {
        var start = position;
        var allDigits = true;
        while (position < end)
        {
            // Most words are ASCII letters and digits: the general test below handles marks and surrogate pairs.
            var ascii = _text[position];
            if (char.IsAsciiLetterOrDigit(ascii))
            {
                allDigits &= char.IsAsciiDigit(ascii);
                position++;
                continue;
            }

            // No other ASCII character is a word character.
            if (!char.IsAscii(ascii) && IsWordCharAt(position, end, out var width))
            {
                allDigits &= char.IsAsciiDigit(_text[position]);
                position += width;
                continue;
            }

            // Inner hyphens join ("so-called"); inner separators join digits ("1,000", "3.6").
            if (position + 1 < end && position > start)
            {
                var c = _text[position];
                var next = _text[position + 1];
                if (IsHyphen(c) && IsWordStartAt(position + 1, end) && !char.IsAsciiDigit(_text[position - 1]))
                {
                    allDigits = false;
                    position++;
                    continue;
                }

                if ((c == ',' || c == '.') && allDigits && char.IsAsciiDigit(next) && char.IsAsciiDigit(_text[position - 1]))
                {
                    position++;
                    continue;
                }
            }

            break;
        }

        // Initialisms keep their dots: "U.S.", "a.m.", "e.g.".
        if (position - start == 1 && char.IsLetter(_text[start]) && position + 1 < end && _text[position] == '.' && char.IsLetter(_text[position + 1]))
        {
            while (position + 1 < end && _text[position] == '.' && char.IsLetter(_text[position + 1])
                && (position + 2 >= end || !IsWordChar(_text[position + 2])))
            {
                position += 2;
            }

            if (position < end && _text[position] == '.')
            {
                position++;
            }

            allDigits = false;
        }

        return Token(allDigits ? SyntaxKind.NumberToken : SyntaxKind.WordToken, start, position - start);
    }

    private SyntaxKind ClassifyQuote(int position, int end)
    {
        var c = _text[position];
        var previous = position > 0 ? _text[position - 1] : ' ';
        var next = position + 1 < end ? _text[position + 1] : ' ';
        var letterBefore = IsWordChar(previous);
        var letterAfter = IsWordChar(next);
        switch (c)
        {
            case '\u2018' when letterBefore && letterAfter:
                // Inside a word it marks a glottal stop or an elision ("Hawai‘i"), not a quotation.
                return SyntaxKind.ApostropheToken;
            case '\u201C' or '\u201E' or '\u00AB' or '\u300C' or '\u300E' or '\u2018' or '\u201A' or '\u2039':
                return SyntaxKind.OpenQuoteToken;
            case '\u201D' or '\u00BB' or '\u300D' or '\u300F' or '\u203A':
                return SyntaxKind.CloseQuoteToken;
            case '\u2019' or '\'':
                if (letterBefore && letterAfter)
                {
                    return SyntaxKind.ApostropheToken;
                }

                // After a word it closes (or is a plural possessive, which the inline parser decides).
                return letterBefore || IsClosingContext(previous) || !letterAfter ? SyntaxKind.CloseQuoteToken : SyntaxKind.OpenQuoteToken;
            default: // '"'
                return IsOpeningContext(previous) && !IsWhitespace(next) && next != '\n' && next != '\r'
                    ? SyntaxKind.OpenQuoteToken
                    : SyntaxKind.CloseQuoteToken;
        }
    }

    private static bool IsOpeningContext(char previous) =>
        IsWhitespace(previous) || previous is '\n' or '\r' or '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u201C' or '\u2018' or '*' or '_' or '>';

    private static bool IsClosingContext(char previous) =>
        char.IsPunctuation(previous) && previous is not ('(' or '[' or '{' or '\u201C' or '\u2018');

    // ---- Addresses ------------------------------------------------------------------------

    /// <summary>Whether an address can start with <paramref name="c"/>: asked at the start of every word, it settles nearly all of them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeginUrl(char c) => (c | 0x20) is 'h' or 'w';

    private int UrlWidth(int position, int end)
    {
        if (!MayBeginUrl(_text[position]))
        {
            return 0;
        }

        var remaining = _text.AsSpan(position, end - position);
        if (!(remaining.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || remaining.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (remaining.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && remaining.Length > 4 && char.IsLetterOrDigit(remaining[4]))))
        {
            return 0;
        }

        var width = 0;
        var openParens = 0;
        while (width < remaining.Length)
        {
            var c = remaining[width];
            if (IsWhitespace(c) || char.IsControl(c) || c is '<' or '>' or '"' or '\u201C' or '\u201D' or '\u2019' or '\u2018')
            {
                break;
            }

            if (c == '(')
            {
                openParens++;
            }
            else if (c == ')')
            {
                if (openParens == 0)
                {
                    break;
                }

                openParens--;
            }

            width++;
        }

        // Punctuation at the end belongs to the sentence, not the address.
        while (width > 0 && remaining[width - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '*' or '_')
        {
            width--;
        }

        return width > "www.".Length ? width : 0;
    }

    // ---- Dates and times ------------------------------------------------------------------

    private int NumericDateWidth(int position, int end) =>
        DateGrammar.TryReadNumberFirst(_text.AsSpan(0, end), position, _vocabulary, out var date) ? date.Width : 0;

    private int MonthFirstDateWidth(int position, int end) =>
        MayBeginMonth(position, end) && DateGrammar.TryReadMonthFirst(_text.AsSpan(0, end), position, _vocabulary, out var date) ? date.Width : 0;

    /// <summary>Whether the first two letters at <paramref name="position"/> begin some month name (ignoring case).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeginMonth(int position, int end)
    {
        if (position + 1 >= end)
        {
            return false;
        }

        var initial = _text[position] | 0x20;
        var second = _text[position + 1] | 0x20;
        return initial is >= 'a' and <= 'z' && second is >= 'a' and <= 'z' && (_monthSecondLetters[initial - 'a'] & (1 << (second - 'a'))) != 0;
    }

    /// <summary>"09:17", "11:49:05", "2:41 P.M.", "9:30 am".</summary>
    private int TimeWidth(int position, int end)
    {
        var hours = Digits(position, end, 2);
        if (hours == 0 || position + hours >= end || _text[position + hours] != ':')
        {
            return 0;
        }

        var minutesStart = position + hours + 1;
        if (Digits(minutesStart, end, 2) != 2 || IsWordCharOrDigitAt(minutesStart + 2, end) && _text[minutesStart + 2] != ':')
        {
            return 0;
        }

        var cursor = minutesStart + 2;
        if (cursor + 2 < end && _text[cursor] == ':' && Digits(cursor + 1, end, 2) == 2 && !IsWordCharOrDigitAt(cursor + 3, end))
        {
            cursor += 3;
        }

        var gap = cursor < end && _text[cursor] == ' ' ? 1 : 0;
        var meridiem = MeridiemWidth(cursor + gap, end);
        return meridiem > 0 ? cursor + gap + meridiem - position : cursor - position;
    }

    private int MeridiemWidth(int position, int end)
    {
        foreach (var form in (ReadOnlySpan<string>)["a.m.", "p.m.", "A.M.", "P.M.", "am", "pm", "AM", "PM"])
        {
            if (string.CompareOrdinal(_text, position, form, 0, form.Length) == 0 && position + form.Length <= end
                && !IsWordCharOrDigitAt(position + form.Length, end))
            {
                return form.Length;
            }
        }

        return 0;
    }

    /// <summary>Up to <paramref name="max"/> ASCII digits at <paramref name="position"/>; returns how many.</summary>
    private int Digits(int position, int end, int max)
    {
        var count = 0;
        while (count < max && position + count < end && char.IsAsciiDigit(_text[position + count]))
        {
            count++;
        }

        return count;
    }

    // ---- Character classes ----------------------------------------------------------------

    private int EndOfLineWidth(int position, int end) => SyntaxFacts.LineBreakWidth(_text.AsSpan(0, end), position);

    private int WhitespaceWidth(int position, int end)
    {
        var width = 0;
        while (position + width < end && IsWhitespace(_text[position + width]))
        {
            width++;
        }

        return width;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhitespace(char c) => SyntaxFacts.IsWhitespace(c);

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private bool IsSurrogatePairAt(int position, int end) =>
        position + 1 < end && char.IsHighSurrogate(_text[position]) && char.IsLowSurrogate(_text[position + 1]);

    private static bool IsWordChar(char c) => SyntaxFacts.IsWordCharacter(c);

    private bool IsWordStartAt(int position, int end) =>
        IsWordCharAt(position, end, out _) && !IsMark(_text[position]);

    private bool IsWordCharOrDigitAt(int position, int end) => position < end && IsWordChar(_text[position]);

    private bool IsWordCharAt(int position, int end, out int width)
    {
        var c = _text[position];
        if (IsSurrogatePairAt(position, end))
        {
            width = 2;
            var category = CharUnicodeInfo.GetUnicodeCategory(_text, position);
            return category is <= UnicodeCategory.OtherNumber;
        }

        width = 1;
        return !char.IsSurrogate(c) && IsWordChar(c);
    }

    private static bool IsMark(char c) => SyntaxFacts.IsCombiningMark(c);

    private static bool IsPunctuationCategory(UnicodeCategory category) =>
        category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;
}
