using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Testing;

/// <summary>
/// The fixture markup shared by built-in rule tests and <c>stmtlint test-rules</c>, as in
/// Microsoft.CodeAnalysis.Testing: <c>[|…|]</c> marks an expected diagnostic of the fixture's one
/// rule, <c>{|SL1001:…|}</c> one of a named rule. Marks nest. Fixtures never state line numbers.
/// </summary>
public sealed class FixtureMarkup
{
    private FixtureMarkup(string text, ImmutableArray<ExpectedDiagnostic> expected)
    {
        Text = text;
        Expected = expected;
    }

    /// <summary>The document with the marks removed.</summary>
    public string Text { get; }

    /// <summary>The marked diagnostics, sorted by position.</summary>
    public ImmutableArray<ExpectedDiagnostic> Expected { get; }

    /// <summary>Reads markup.</summary>
    /// <exception cref="FormatException">A mark is not closed, closes nothing, or names no ID.</exception>
    public static FixtureMarkup Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(int Start, string? Id, char Closer)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((text.Length, null, ']'));
                i++;
            }
            else if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                var id = colon < 0 ? string.Empty : markup[(i + 2)..colon];
                if (id.Length == 0 || id.Any(c => !char.IsLetterOrDigit(c) && c != '-'))
                {
                    throw new FormatException($"'{{|' at offset {i} must be followed by a rule ID and ':', as in '{{|SL1001:…|}}'.");
                }

                open.Push((text.Length, id, '}'));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var closer = markup[i + 1];
                if (open.Count == 0 || open.Peek().Closer != closer)
                {
                    throw new FormatException($"'|{closer}' at offset {i} closes nothing.");
                }

                var (start, id, _) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("A '[|' or '{|' mark is never closed.");
        }

        return new FixtureMarkup(text.ToString(), [.. expected.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ThenBy(e => e.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Writes diagnostics back into <paramref name="text"/> as markup, to show what rules actually reported.</summary>
    public static string Render(string text, IEnumerable<ExpectedDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var marks = new List<(int Position, int Order, int Sequence, string Mark)>();
        var sequence = 0;
        foreach (var diagnostic in diagnostics)
        {
            // At one position, closing marks go before opening ones so that adjacent spans read naturally.
            var (opener, closer) = diagnostic.Id is null ? ("[|", "|]") : ("{|" + diagnostic.Id + ":", "|}");
            marks.Add((diagnostic.Span.Start, 1, sequence, opener));
            marks.Add((diagnostic.Span.End, 0, -sequence, closer));
            sequence++;
        }

        var builder = new StringBuilder(text);
        foreach (var (position, _, _, mark) in marks.OrderByDescending(m => m.Position).ThenByDescending(m => m.Order).ThenByDescending(m => m.Sequence))
        {
            builder.Insert(position, mark);
        }

        return builder.ToString();
    }

    private static bool At(string text, int index, string mark) => string.CompareOrdinal(text, index, mark, 0, mark.Length) == 0;
}
