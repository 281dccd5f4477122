using System.Text;

namespace Linter.Rules.Claims;

/// <summary>
/// A cited text normalised for comparing quotations: lower case, one kind of quote mark, single
/// spaces; with its words, to find the passage closest to a misquotation.
/// </summary>
internal sealed class NormalizedText
{
    private readonly string _normalized;
    private readonly List<string> _words;

    private NormalizedText(string normalized)
    {
        _normalized = normalized;
        _words = [.. normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    public static NormalizedText Create(string text) => new(Normalize(text));

    public bool Contains(string normalizedFragment) => _normalized.Contains(normalizedFragment, StringComparison.Ordinal);

    /// <summary>Whitespace runs become one space; every quote mark and apostrophe becomes '; letters are lower-cased.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '‘' or '’' or '‚' or '‛' or '`' or '´' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// The run of as many words as the quotation that shares the most words with it (a sliding
    /// bag-of-words count), as normalised text.
    /// </summary>
    public string ClosestPassage(IReadOnlyList<string> quotationWords)
    {
        if (_words.Count == 0 || quotationWords.Count == 0)
        {
            return string.Empty;
        }

        var width = Math.Min(quotationWords.Count, _words.Count);
        var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in quotationWords)
        {
            wanted[Bare(word)] = wanted.GetValueOrDefault(Bare(word)) + 1;
        }

        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        var score = 0;
        var best = (Score: -1, Start: 0);
        for (var i = 0; i < _words.Count; i++)
        {
            var entering = Bare(_words[i]);
            var count = inWindow.GetValueOrDefault(entering) + 1;
            inWindow[entering] = count;
            if (count <= wanted.GetValueOrDefault(entering))
            {
                score++;
            }

            if (i >= width)
            {
                var leaving = Bare(_words[i - width]);
                var left = inWindow[leaving];
                inWindow[leaving] = left - 1;
                if (left <= wanted.GetValueOrDefault(leaving))
                {
                    score--;
                }
            }

            if (i >= width - 1 && score > best.Score)
            {
                best = (score, i - width + 1);
            }
        }

        return string.Join(' ', _words.Skip(best.Start).Take(width));
    }

    private static string Bare(string word) => word.Trim('.', ',', ';', ':', '!', '?', '\'', '(', ')', '[', ']');
}
