using System.Collections.Immutable;
using System.Text;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// A rule's <c>message:</c> with <c>{placeholders}</c> filled in per diagnostic: <c>{match}</c>,
/// capture groups by number or name (<c>{1}</c>, <c>{word}</c>) and each kind's own values
/// (<c>{replacement}</c>, <c>{count}</c> …). <c>{{</c> and <c>}}</c> are literal braces.
/// </summary>
/// <remarks>Parsed once when the rule file is loaded, so an unknown placeholder is an error at its line, not a surprise mid-run.</remarks>
internal sealed class MessageTemplate
{
    private readonly ImmutableArray<(string Literal, string? Placeholder)> _parts;

    private MessageTemplate(string text, ImmutableArray<(string, string?)> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    /// <summary>The placeholders used, in order of appearance.</summary>
    public IEnumerable<string> Placeholders => _parts.Where(p => p.Placeholder is not null).Select(p => p.Placeholder!);

    /// <summary>Parses <paramref name="text"/>; null (with <paramref name="problem"/>) when a brace is unbalanced.</summary>
    public static MessageTemplate? TryParse(string text, out string? problem)
    {
        var parts = ImmutableArray.CreateBuilder<(string, string?)>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    problem = $"the '{{' at character {i + 1} is not closed; write '{{{{' for a literal brace";
                    return null;
                }

                var name = text[(i + 1)..close].Trim();
                if (name.Length == 0)
                {
                    problem = $"empty placeholder '{{}}' at character {i + 1}";
                    return null;
                }

                parts.Add((literal.ToString(), name));
                literal.Clear();
                i = close;
            }
            else if (c == '}')
            {
                problem = $"the '}}' at character {i + 1} closes nothing; write '}}}}' for a literal brace";
                return null;
            }
            else
            {
                literal.Append(c);
            }
        }

        if (literal.Length > 0)
        {
            parts.Add((literal.ToString(), null));
        }

        problem = null;
        return new MessageTemplate(text, parts.ToImmutable());
    }

    /// <summary>The message with each placeholder replaced by <paramref name="values"/>' value for it.</summary>
    public string Render(Func<string, string?> values)
    {
        var result = new StringBuilder();
        foreach (var (literal, placeholder) in _parts)
        {
            result.Append(literal);
            if (placeholder is not null)
            {
                result.Append(values(placeholder) ?? "");
            }
        }

        return result.ToString();
    }
}
