using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Tests;

/// <summary>
/// Test markup as in Microsoft.CodeAnalysis.Testing: <c>[|…|]</c> marks where a diagnostic is
/// expected. Spans may nest. Tests never state line numbers.
/// </summary>
internal static class Markup
{
    public static (string Text, IReadOnlyList<TextSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                open.Push(text.Length);
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0)
            {
                if (open.Count == 0)
                {
                    throw new ArgumentException($"'|]' at {i} closes nothing.", nameof(markup));
                }

                spans.Add(TextSpan.FromBounds(open.Pop(), text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("A '[|' is never closed.", nameof(markup));
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return (text.ToString(), spans);
    }

    /// <summary>Writes <paramref name="spans"/> back into <paramref name="text"/> as markup, to print what a rule actually reported.</summary>
    public static string Render(string text, IEnumerable<TextSpan> spans)
    {
        var marks = new List<(int Position, int Order, string Mark)>();
        foreach (var span in spans)
        {
            // At one position, closing marks go before opening ones so that adjacent spans read naturally.
            marks.Add((span.Start, 1, "[|"));
            marks.Add((span.End, 0, "|]"));
        }

        var builder = new StringBuilder(text);
        foreach (var (position, _, mark) in marks.OrderByDescending(m => m.Position).ThenBy(m => m.Order))
        {
            builder.Insert(position, mark);
        }

        return builder.ToString();
    }
}
