using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Linter.Syntax;

/// <summary>
/// Questions about <see cref="SyntaxKind"/> values and the character classes the lexer reads by: the
/// one definition of each, which the segmenters, the line table and rules ask rather than restate.
/// </summary>
public static class SyntaxFacts
{
    /// <summary>The first token kind; token kinds are numbered from here, below <see cref="FirstTriviaKind"/>.</summary>
    public const int FirstTokenKind = 100;

    /// <summary>The first trivia kind; trivia kinds are numbered from here, below <see cref="FirstNodeKind"/>.</summary>
    public const int FirstTriviaKind = 200;

    /// <summary>The first node kind; node kinds are numbered from here, below <see cref="EndOfNodeKinds"/>.</summary>
    public const int FirstNodeKind = 300;

    /// <summary>One past the last number a node kind may take.</summary>
    public const int EndOfNodeKinds = 400;

    public static bool IsToken(SyntaxKind kind) => (int)kind is >= FirstTokenKind and < FirstTriviaKind;

    /// <summary>Every token kind, for a callback that wants each token whatever its kind.</summary>
    public static IReadOnlyList<SyntaxKind> TokenKinds { get; } = [.. Enum.GetValues<SyntaxKind>().Where(IsToken)];

    /// <summary>Every node kind.</summary>
    public static IReadOnlyList<SyntaxKind> NodeKinds { get; } = [.. Enum.GetValues<SyntaxKind>().Where(IsNode)];

    public static bool IsTrivia(SyntaxKind kind) => (int)kind is >= FirstTriviaKind and < FirstNodeKind;

    public static bool IsNode(SyntaxKind kind) => (int)kind is >= FirstNodeKind and < EndOfNodeKinds;

    /// <summary>Parses a kind by name, accepting the short forms rule authors write ("Word" for WordToken).</summary>
    public static bool TryParseKind(string name, out SyntaxKind kind)
    {
        if (Enum.TryParse(name, ignoreCase: true, out kind) && kind != SyntaxKind.None && Enum.IsDefined(kind))
        {
            return true;
        }

        return (Enum.TryParse(name + "Token", ignoreCase: true, out kind) && Enum.IsDefined(kind))
            || (Enum.TryParse(name + "Trivia", ignoreCase: true, out kind) && Enum.IsDefined(kind));
    }

    /// <summary>The characters of <see cref="IsLineBreak"/>, for vectorised searches.</summary>
    public static SearchValues<char> LineBreaks { get; } = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>
    /// True for the characters that end a line: LF, CR, NEL, LS and PS, as Roslyn's lines end (CR LF is one
    /// break; see <see cref="LineBreakWidth"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// True for the characters read as whitespace trivia: spaces of every kind except line breaks, plus the
    /// BOM and the zero-width space that editors and web pages leave behind.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhitespace(char c) =>
        c == ' ' || (!char.IsAsciiLetterOrDigit(c) && !IsLineBreak(c) && (char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B'));

    /// <summary>
    /// The width of the line break at <paramref name="position"/> of <paramref name="text"/>: 2 for CR LF, 1 for
    /// another break, 0 when the character there is none (or the position is at the end).
    /// </summary>
    public static int LineBreakWidth(ReadOnlySpan<char> text, int position)
    {
        if ((uint)position >= (uint)text.Length)
        {
            return 0;
        }

        var c = text[position];
        if (c == '\r')
        {
            return position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
        }

        return IsLineBreak(c) ? 1 : 0;
    }

    /// <summary>True for every character the lexer may read as a quotation mark (straight, curly, low, angle, corner).</summary>
    public static bool IsQuoteMark(char c) =>
        c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u201A' or '\u00AB' or '\u00BB'
            or '\u2039' or '\u203A' or '\u300C' or '\u300D' or '\u300E' or '\u300F';

    /// <summary>
    /// True for the quotation marks of the single family (' ‘ ’ ‚ ‹ ›): a closing mark pairs only with an
    /// opening mark of its own family.
    /// </summary>
    public static bool IsSingleQuoteMark(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A';

    /// <summary>True for the characters words are made of: letters, digits and combining marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || IsCombiningMark(c);

    /// <summary>True for a combining mark (non-spacing, spacing or enclosing), which belongs to the letter before it.</summary>
    // Combining marks begin at U+0300: below it, and so for most characters of most documents, the category table is not consulted.
    public static bool IsCombiningMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
