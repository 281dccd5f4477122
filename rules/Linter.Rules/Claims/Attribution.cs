using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Claims;

/// <summary>Who a document says is speaking, outside its turns: metadata keys and the title.</summary>
internal static class Attribution
{
    /// <summary>Front-matter keys that name who speaks or wrote: a schema, so an option, not vocabulary.</summary>
    public static readonly string[] DefaultSpeakerKeys = ["speaker", "speakers", "author", "authors", "by", "spokesperson"];

    /// <summary>True when one of <paramref name="keys"/> has a value in the front matter.</summary>
    public static bool HasSpeakerMetadata(DocumentSyntax root, IReadOnlyList<string> keys)
    {
        if (root.FrontMatter is not { } frontMatter)
        {
            return false;
        }

        foreach (var key in keys)
        {
            var value = frontMatter.GetEntry(key)?.Value;
            if (value is not null && (value is not string text || !string.IsNullOrWhiteSpace(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the title names who speaks by office: "Spokesperson's remarks", "Remarks by President Biden".</summary>
    public static bool TitleNamesSpeaker(SemanticModel model)
    {
        if (model.Title is not { } title)
        {
            return false;
        }

        var words = title.Split([' ', '\t', '\u00A0', ',', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w)
            .ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // An office ("Minister", "Spokesperson"), or "by" and a name: "Remarks by First Lady Jill Biden".
            if (model.Vocabulary.Honorifics.MatchPrefix(words, i) > 0
                || (words[i].Equals("by", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && char.IsUpper(words[i + 1][0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a list option, or the default when it is not set.</summary>
    /// <remarks>A stored list is returned as it is, so that what callers build from it can be kept per list.</remarks>
    public static IReadOnlyList<string> Strings(RuleOptions options, string key, IReadOnlyList<string> defaultValue) =>
        !options.TryGetValue(key, out var value) ? defaultValue
        : value is IReadOnlyList<string> list ? list
        : value is IEnumerable<string> strings ? [.. strings]
        : defaultValue;

    /// <summary>Reads a text option, or the default when it is not set.</summary>
    public static string Text(RuleOptions options, string key, string defaultValue) =>
        options.TryGetValue(key, out var value) && value is string text && !string.IsNullOrWhiteSpace(text) ? text : defaultValue;
}
