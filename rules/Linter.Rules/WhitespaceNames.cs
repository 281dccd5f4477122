using System.Globalization;
using System.Text;
using Linter.Syntax;

namespace Linter.Rules;

/// <summary>Names whitespace in messages by code point: a U+2002 looks exactly like a space, so saying "space" would not help.</summary>
internal static class WhitespaceNames
{
    /// <summary>"U+0020" or "U+2002, U+0020": the distinct characters of <paramref name="text"/>, in order of appearance.</summary>
    public static string Describe(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[..i].Contains(text[i]))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append(CultureInfo.InvariantCulture, $"U+{(int)text[i]:X4}");
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="token"/> sits in a code block, whose text is verbatim and not prose.</summary>
    public static bool IsInCode(SyntaxToken token)
    {
        for (var node = (SyntaxNode?)token.Parent; node is not null; node = node.Parent)
        {
            if (node.Kind == SyntaxKind.CodeBlock)
            {
                return true;
            }
        }

        return false;
    }
}
