using System.Collections.Immutable;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>
/// One document a statement cites, with every mention of it: its full name ("Declaration for the
/// Future of the Internet") and the short forms it goes by ("the Declaration").
/// </summary>
public sealed class CitedDocument
{
    internal CitedDocument(string typeNoun, CitedDocumentSource? source)
    {
        TypeNoun = typeNoun;
        Source = source;
    }

    /// <summary>
    /// The full name: the configured name when configuration lists the document, otherwise the
    /// first full name the text gives; null when the text only ever uses a short form.
    /// </summary>
    public string? Name => Source?.Name ?? (FirstFullMention is { } first ? GetName(first) : null);

    /// <summary>The document-type noun that links short forms to the name: "Declaration".</summary>
    public string TypeNoun { get; }

    /// <summary>The configuration entry for the document, when <c>cited:</c> lists it.</summary>
    public CitedDocumentSource? Source { get; }

    /// <summary>Every mention in document order.</summary>
    public ImmutableArray<CitationSyntax> Mentions => [.. MentionList];

    /// <summary>The mentions that give a full name.</summary>
    public ImmutableArray<CitationSyntax> FullMentions => [.. MentionList.Where(m => !IsAlias(m))];

    /// <summary>The first mention that gives the full name, or null.</summary>
    public CitationSyntax? FirstFullMention => MentionList.FirstOrDefault(m => !IsAlias(m));

    /// <summary>The short forms used or configured, distinct ignoring case: "the Declaration".</summary>
    public ImmutableArray<string> Aliases
    {
        get
        {
            var aliases = new List<string>();
            foreach (var alias in (Source?.Aliases ?? []).Concat(MentionList.Where(IsAlias).Select(m => "the " + GetName(m))))
            {
                if (!aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
                {
                    aliases.Add(alias);
                }
            }

            return [.. aliases];
        }
    }

    /// <summary>True when <paramref name="mention"/> is a short form (an alias) rather than a full name.</summary>
    public bool IsAlias(CitationSyntax mention) => AliasMentions.Contains(mention);

    /// <summary>The name a mention gives, without a leading "the" and with single spaces: "Declaration for the Future of the Internet".</summary>
    public string GetName(CitationSyntax mention) => MentionNames.TryGetValue(mention, out var name) ? name.Name : mention.Name;

    /// <summary>Where the name of <paramref name="mention"/> is, without a leading "the": the text a rename replaces.</summary>
    public TextSpan GetNameSpan(CitationSyntax mention) => MentionNames.TryGetValue(mention, out var name) ? name.Span : mention.Span;

    internal Dictionary<CitationSyntax, (TextSpan Span, string Name)> MentionNames { get; } = [];

    internal List<CitationSyntax> MentionList { get; } = [];

    internal HashSet<CitationSyntax> AliasMentions { get; } = [];

    /// <summary>The lower-cased content words of the full name, order ignored: the key that tells two spellings of one name apart from two names.</summary>
    internal string? NameKey { get; set; }

    public override string ToString() => Name ?? TypeNoun;
}
