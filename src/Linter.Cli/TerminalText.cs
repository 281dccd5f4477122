using System.Buffers;
using System.Globalization;
using System.Text;

namespace Linter.Cli;

/// <summary>
/// Makes text from a repository safe to print for a person or a line-based tool. Messages quote
/// documents (SL1003's closest passage, a YAML rule's <c>{match}</c>) and paths are file names, and
/// both are written by whoever opened the pull request: a raw ESC would drive the terminal (set its
/// title, clear the screen, forge colours) and a line break in a file name would start a line that
/// looks like a diagnostic of its own. Every C0 and C1 control character (line breaks, tab, ESC,
/// BEL, DEL) and every bidirectional override is written as <c>\u001B</c> instead, so what is printed
/// is visible and one diagnostic is always one line.
/// </summary>
internal static class TerminalText
{
    /// <summary>What is escaped: C0 and DEL, C1, and the bidirectional embeddings, overrides and isolates that reorder what a reader sees.</summary>
    private static readonly SearchValues<char> s_unsafe = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary><paramref name="text"/> with every unsafe character as <c>\uXXXX</c>; the same string when there is none (the usual case, which allocates nothing).</summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(s_unsafe);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (s_unsafe.Contains(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
