using System.Collections.Immutable;
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
        // The struct walk in a foreach, not OfType: LINQ would box it and make an interface call per node of the document.
        foreach (var node in root.DescendantNodes())
        {
            if (node is not CitationSyntax mention)
            {
                continue;
            }

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
        var tokens = mention.DescendantTokens().Where(t => t.Kind == SyntaxKind.WordToken).ToList();
        var start = 0;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (!tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = tokens.Take(i).Select(t => t.Text).ToList();
            if (i == 0 || (tokens[i].Text == "the" && !Enumerable.Range(0, before.Count).Any(j => vocabulary.DocumentTypeNouns.MatchPrefix(before, j) > 0)))
            {
                start = i + 1;
            }

            break;
        }

        tokens = tokens.GetRange(start, tokens.Count - start);

        // "the Constitution and China-Japan relations": an "and" right after the type noun joins two things, not two name parts.
        var words = tokens.Select(t => t.Text).ToList();
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (words[i] == "and" && vocabulary.DocumentTypeNouns.ContainsWord(words[i - 1]))
            {
                tokens = tokens.GetRange(0, i);
                break;
            }
        }

        return tokens.Count == 0
            ? ([], default)
            : ([.. tokens.Select(t => t.Text)], TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End));
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

            var noun = string.Join(' ', words.Skip(i).Take(length));
            first ??= noun;
            if (i < connector)
            {
                beforeConnector = noun;
            }
        }

        return beforeConnector ?? first;
    }

    private static string NameKey(IReadOnlyList<string> words, Vocabulary vocabulary) =>
        string.Join(' ', words
            .Where(w => !vocabulary.NameConnectors.ContainsWord(w))
            .Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));

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
        var text = Normalize(mention.ToString());
        foreach (var document in documents)
        {
            foreach (var alias in document.Source?.Aliases ?? [])
            {
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
