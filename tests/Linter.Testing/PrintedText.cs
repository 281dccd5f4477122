using System.Globalization;
using System.Text;

namespace Linter.Testing;

/// <summary>How property tests print a failing input: a quoted string whose every character is visible.</summary>
public static class PrintedText
{
    /// <summary>"…" with printable ASCII as it is and every other character (controls, line breaks, spaces beyond ASCII) as \uXXXX.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.Append('"').ToString();
    }
}
