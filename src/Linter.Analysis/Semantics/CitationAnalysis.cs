using System.Collections.Immutable;
using System.Text;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>
/// Groups citations into documents. Full names that differ only in connectors, case or word order
/// are one document; a short form ("the Declaration") belongs to the document last named in full
/// with the same document-type noun, or the first named after it; configured names and aliases win.
/// </summary>
internal static class CitationAnalysis
{
    public static (ImmutableArray<CitedDocument> Documents, Dictionary<CitationSyntax, CitedDocument> ByMention) Analyze(
        DocumentSyntax root, Vocabulary vocabulary, ImmutableArray<CitedDocumentSource> configured)
    {
        var documents = new List<CitedDocument>();
        var byMention = new Dictionary<CitationSyntax, CitedDocument>();
        foreach (var source in configured)
        {
            var words = Words(source.Name);
            documents.Add(new CitedDocument(HeadNoun(words, vocabulary) ?? source.Name, source) { NameKey = NameKey(words, vocabulary) });
        }

        var shortForms = new List<(CitationSyntax Mention, string Noun)>();
        var names = new Dictionary<CitationSyntax, (TextSpan Span, string Name)>();
        // A walk for citations only: it passes over every subtree that holds none, without creating its red nodes.
        foreach (var node in root.DescendantNodes(SyntaxKind.Citation))
        {
            var mention = (CitationSyntax)node;
            var (words, span) = NameWords(mention, vocabulary);
            if (words.Count == 0 || (mention.Url is not null && HeadNoun(words, vocabulary) is null))
            {
                // A link whose text names no kind of document ("$10 million") is a reference, not a cited document.
                continue;
            }

            names[mention] = (span, Normalize(mention.Tree.Text.ToString(span)));

            if (FindByAlias(documents, mention, names[mention].Name) is { } aliased)
            {
                Add(aliased, mention, byMention, alias: true);
                continue;
            }

            if (vocabulary.DocumentTypeNouns.MatchesExactly(words))
            {
                shortForms.Add((mention, string.Join(' ', words)));
                continue;
            }

            var key = NameKey(words, vocabulary);
            var document = documents.Find(d => d.NameKey == key);
            if (document is null)
            {
                document = new CitedDocument(HeadNoun(words, vocabulary) ?? string.Join(' ', words), source: null) { NameKey = key };
                documents.Add(document);
            }

            Add(document, mention, byMention, alias: false);
        }

        foreach (var (mention, noun) in shortForms)
        {
            var document = Antecedent(documents, mention, noun);
            if (document is null)
            {
                document = new CitedDocument(noun, source: null);
                documents.Add(document);
            }

            Add(document, mention, byMention, alias: true);
        }

        foreach (var document in documents)
        {
            document.MentionList.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            foreach (var mention in document.MentionList)
            {
                document.MentionNames[mention] = names[mention];
            }
        }

        // Configured documents the text never mentions are still known (for SL1003), but listed after those it does.
        return ([.. documents.OrderBy(d => d.MentionList.Count == 0 ? int.MaxValue : d.MentionList[0].Span.Start)], byMention);
    }

    /// <summary>
    /// The words of a mention's name and where they are, without a leading "the" or words before one
    /// ("But the Joint Statement" is "Joint Statement": a capitalised sentence opener is not part of a name).
    /// </summary>
    public static (List<string> Words, TextSpan Span) NameWords(CitationSyntax mention, Vocabulary vocabulary)
    {
        // Loops rather than LINQ, and each token's text read once: this runs for every citation of every document.
        var tokens = new List<SyntaxToken>();
        var texts = new List<string>();
        foreach (var token in mention.DescendantTokens(SyntaxKind.WordToken))
        {
            tokens.Add(token);
            texts.Add(token.Text);
        }

        var start = 0;
        for (var i = 0; i < texts.Count - 1; i++)
        {
            if (!texts[i].Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (i == 0 || (texts[i] == "the" && !HasTypeNoun(texts, i, vocabulary)))
            {
                start = i + 1;
            }

            break;
        }

        // "the Constitution and China-Japan relations": an "and" right after the type noun joins two things, not two name parts.
        var end = texts.Count;
        for (var i = start + 1; i < texts.Count - 1; i++)
        {
            if (texts[i] == "and" && vocabulary.DocumentTypeNouns.ContainsWord(texts[i - 1]))
            {
                end = i;
                break;
            }
        }

        return end == start
            ? ([], default)
            : (texts.GetRange(start, end - start), TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End));
    }

    /// <summary>True when a document-type noun (a phrase of them, all before <paramref name="count"/>) starts among the first <paramref name="count"/> words.</summary>
    private static bool HasTypeNoun(List<string> words, int count, Vocabulary vocabulary)
    {
        var nouns = vocabulary.DocumentTypeNouns;
        for (var j = 0; j < count; j++)
        {
            // Most words start no noun at all; only when one does is the list cut at count, so that a phrase cannot run past it.
            if (nouns.StartsAnyPhrase(words[j]) && nouns.MatchPrefix(words.GetRange(0, count), j) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The noun that says what kind of document a name names: the last type noun before the first
    /// connector ("Declaration" in "Declaration for the Future of the Internet", "Agreement" in
    /// "Paris Agreement"), else the first anywhere.
    /// </summary>
    public static string? HeadNoun(IReadOnlyList<string> words, Vocabulary vocabulary)
    {
        var connector = words.Count;
        for (var i = 1; i < words.Count; i++)
        {
            if (char.IsLower(words[i][0]) && vocabulary.NameConnectors.ContainsWord(words[i]))
            {
                connector = i;
                break;
            }
        }

        string? first = null;
        string? beforeConnector = null;
        for (var i = 0; i < words.Count; i++)
        {
            var length = vocabulary.DocumentTypeNouns.MatchPrefix(words, i);
            if (length == 0)
            {
                continue;
            }

            var noun = length == 1 ? words[i] : Join(words, i, length);
            first ??= noun;
            if (i < connector)
            {
                beforeConnector = noun;
            }
        }

        return beforeConnector ?? first;
    }

    /// <summary>The name's words other than connectors, lower case, without repeats, in ordinal order, joined by spaces.</summary>
    private static string NameKey(List<string> words, Vocabulary vocabulary)
    {
        var kept = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (!vocabulary.NameConnectors.ContainsWord(word))
            {
                kept.Add(word.ToLowerInvariant());
            }
        }

        kept.Sort(StringComparer.Ordinal);
        var unique = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            if (unique == 0 || !string.Equals(kept[i], kept[unique - 1], StringComparison.Ordinal))
            {
                kept[unique++] = kept[i];
            }
        }

        return Join(kept, 0, unique);
    }

    private static string Join(IReadOnlyList<string> words, int start, int count)
    {
        var builder = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            builder.Append(i > start ? " " : string.Empty).Append(words[i]);
        }

        return builder.ToString();
    }

    private static List<string> Words(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        return words;
    }

    private static CitedDocument? FindByAlias(List<CitedDocument> documents, CitationSyntax mention, string name)
    {
        // The mention's text only when some document has aliases: most runs configure none.
        string? text = null;
        foreach (var document in documents)
        {
            foreach (var alias in document.Source?.Aliases ?? [])
            {
                text ??= Normalize(mention.ToString());
                var normalized = Normalize(alias);
                if (normalized.Equals(text, StringComparison.OrdinalIgnoreCase) || normalized.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return document;
                }
            }
        }

        return null;
    }

    /// <summary>The document a short form refers to: the one last named in full before it, else the first named after it.</summary>
    private static CitedDocument? Antecedent(List<CitedDocument> documents, CitationSyntax mention, string noun)
    {
        CitedDocument? before = null;
        var beforeAt = -1;
        CitedDocument? after = null;
        var afterAt = int.MaxValue;
        foreach (var document in documents)
        {
            if (document.NameKey is null || !document.TypeNoun.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var full = document.MentionList.Where(m => !document.IsAlias(m)).Select(m => m.Span.Start).ToList();
            var lastBefore = full.Where(p => p < mention.Span.Start).DefaultIfEmpty(-1).Max();
            if (lastBefore > beforeAt)
            {
                (before, beforeAt) = (document, lastBefore);
            }

            // A configured document the text never names sorts after every named one.
            var firstAfter = full.Where(p => p > mention.Span.Start).DefaultIfEmpty(full.Count == 0 ? int.MaxValue - 1 : int.MaxValue).Min();
            if (firstAfter < afterAt)
            {
                (after, afterAt) = (document, firstAfter);
            }
        }

        return before ?? after ?? documents.Find(d => d.NameKey is null && d.TypeNoun.Equals(noun, StringComparison.OrdinalIgnoreCase));
    }

    private static void Add(CitedDocument document, CitationSyntax mention, Dictionary<CitationSyntax, CitedDocument> byMention, bool alias)
    {
        document.MentionList.Add(mention);

        if (alias)
        {
            document.AliasMentions.Add(mention);
        }

        byMention[mention] = document;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
