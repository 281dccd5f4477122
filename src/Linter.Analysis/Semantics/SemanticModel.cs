using System.Collections.Concurrent;
using System.Collections.Immutable;
using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>
/// What a document means beyond its syntax, computed lazily once per analysis and shared by all
/// rules: speakers and their roles, cited documents and their names, claim and rebuttal pairs, dates.
/// </summary>
/// <remarks>
/// One model serves one document on one thread, as the engine analyses a document: each property
/// is computed on first use and kept.
/// </remarks>
public sealed class SemanticModel
{
    // Cited texts are shared by every document of a run; a changed file is read again.
    private static readonly ConcurrentDictionary<string, (DateTime Written, long Length, string Text)> s_citedTexts = new(StringComparer.Ordinal);

    private readonly ImmutableArray<ClaimRebuttalPair>?[] _pairs = new ImmutableArray<ClaimRebuttalPair>?[3];
    private readonly Dictionary<ClaimSyntax, ClaimRebuttalPair>?[] _pairsByClaim = new Dictionary<ClaimSyntax, ClaimRebuttalPair>?[3];
    private readonly ImmutableArray<ReportedClaim>?[] _claims = new ImmutableArray<ReportedClaim>?[3];
    private ImmutableArray<SpeakerTurn>? _turns;
    private Dictionary<TurnSyntax, SpeakerTurn>? _turnsBySyntax;
    private (ImmutableArray<CitedDocument> Documents, Dictionary<CitationSyntax, CitedDocument> ByMention)? _citations;
    private ImmutableArray<DocumentDate>? _dates;
    private bool? _titleNamesSpeaker;

    public SemanticModel(SyntaxTree tree, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        Tree = tree;
        Options = options;
    }

    public SyntaxTree Tree { get; }

    public AnalysisOptions Options { get; }

    /// <summary>The vocabulary the document was parsed with.</summary>
    public Vocabulary Vocabulary => Tree.Options.Vocabulary;

    /// <summary>The title: the header's title line, else the front matter's <c>title</c>; null when there is neither.</summary>
    public string? Title =>
        Tree.Root.Header?.Title?.ToString()
        ?? (Tree.Root.FrontMatter?.GetEntry("title")?.ScalarValue is { } title && !string.IsNullOrWhiteSpace(title) ? title : null);

    /// <summary>Every turn in document order, with its speaker key and role.</summary>
    /// <summary>True when the title names who speaks by office or by name: "Spokesperson's remarks", "Remarks by President Biden".</summary>
    public bool TitleNamesSpeaker => _titleNamesSpeaker ??= ReadTitleNamesSpeaker();

    /// <summary>
    /// True when the title holds one of <paramref name="phrases"/> as whole words: "Remarks by …" and "Regular Press
    /// Conference" hold the phrases that make a document remarks or a transcript.
    /// </summary>
    public bool TitleHas(PhraseSet phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (Title is not { } title)
        {
            return false;
        }

        var split = title.Split([' ', '\t', '\u00A0', '\n', ',', ':', ';', '(', ')', '\'', '’', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, split.Length).Any(i => phrases.MatchPrefix(split, i) > 0);
    }

    private bool ReadTitleNamesSpeaker()
    {
        if (Title is not { } title)
        {
            return false;
        }

        var words = title.Split([' ', '\t', '\u00A0', ',', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w)
            .ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // An office ("Minister", "Spokesperson"), or "by" and a name: "Remarks by First Lady Jill Biden".
            if (Vocabulary.Honorifics.MatchPrefix(words, i) > 0
                || (words[i].Equals("by", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && char.IsUpper(words[i + 1][0])))
            {
                return true;
            }
        }

        return false;
    }

    public ImmutableArray<SpeakerTurn> Turns => _turns ??= SpeakerAnalysis.Analyze(Tree.Root, Vocabulary, Title);

    /// <summary>The cited documents, in the order the text first mentions them; configured documents the text never mentions come last.</summary>
    public ImmutableArray<CitedDocument> CitedDocuments => Citations.Documents;

    /// <summary>Each claim with the rebuttal that answers it within the default window (same or next paragraph).</summary>
    public ImmutableArray<ClaimRebuttalPair> ClaimRebuttalPairs => GetClaimRebuttalPairs(RebuttalWindow.NextParagraph);

    /// <summary>Every date of the document in text order, front matter first.</summary>
    public ImmutableArray<DocumentDate> Dates => _dates ??= DateCollection.Collect(Tree.Root, Vocabulary);

    /// <summary>
    /// The date that counts for the document: the front matter's <c>date</c>, else the title's
    /// dateline, else the publish stamp; null when none of them gives a date.
    /// </summary>
    public DocumentDate? Date =>
        Dates.FirstOrDefault(d => d.Placement == DatePlacement.FrontMatter && string.Equals(d.MetadataKey, "date", StringComparison.OrdinalIgnoreCase))
        ?? Dates.FirstOrDefault(d => d.Placement == DatePlacement.Dateline)
        ?? Dates.FirstOrDefault(d => d.Placement == DatePlacement.PublishStamp);

    private (ImmutableArray<CitedDocument> Documents, Dictionary<CitationSyntax, CitedDocument> ByMention) Citations =>
        _citations ??= CitationAnalysis.Analyze(Tree.Root, Vocabulary, Options.CitedDocuments);

    /// <summary>Every reported claim (who said what, from which side, and what answers it) with answers within the default window.</summary>
    public ImmutableArray<ReportedClaim> Claims => GetClaims(RebuttalWindow.NextParagraph);

    /// <summary>Every reported claim in text order, a rebuttal answering within <paramref name="window"/>.</summary>
    public ImmutableArray<ReportedClaim> GetClaims(RebuttalWindow window)
    {
        var index = (int)window;
        if ((uint)index >= (uint)_claims.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(window));
        }

        return _claims[index] ??= ClaimAnalysis.Analyze(this, window);
    }

    /// <summary>Each claim with the rebuttal that answers it within <paramref name="window"/>.</summary>
    public ImmutableArray<ClaimRebuttalPair> GetClaimRebuttalPairs(RebuttalWindow window)
    {
        var index = (int)window;
        if ((uint)index >= (uint)_pairs.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(window));
        }

        return _pairs[index] ??= ClaimPairing.Pair(this, window);
    }

    /// <summary>The pair for <paramref name="claim"/> within <paramref name="window"/>.</summary>
    public ClaimRebuttalPair? GetPair(ClaimSyntax claim, RebuttalWindow window = RebuttalWindow.NextParagraph)
    {
        ArgumentNullException.ThrowIfNull(claim);

        // A lookup, not a search: a rule asks once per claim, and a search per claim is quadratic in the claims of a document.
        var pairs = GetClaimRebuttalPairs(window);
        var byClaim = _pairsByClaim[(int)window];
        if (byClaim is null)
        {
            byClaim = new Dictionary<ClaimSyntax, ClaimRebuttalPair>(pairs.Length, ReferenceEqualityComparer.Instance);
            foreach (var pair in pairs)
            {
                byClaim.TryAdd(pair.Claim, pair);
            }

            _pairsByClaim[(int)window] = byClaim;
        }

        return byClaim.GetValueOrDefault(claim);
    }

    /// <summary>The turn <paramref name="node"/> is in, or null outside every turn.</summary>
    public SpeakerTurn? GetTurn(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var turn = node as TurnSyntax;
        for (var ancestor = node.Parent; turn is null && ancestor is not null; ancestor = ancestor.Parent)
        {
            turn = ancestor as TurnSyntax;
        }

        if (turn is null)
        {
            return null;
        }

        _turnsBySyntax ??= Turns.ToDictionary(t => t.Turn);
        return _turnsBySyntax.GetValueOrDefault(turn);
    }

    /// <summary>The document <paramref name="citation"/> refers to.</summary>
    public CitedDocument? GetCitedDocument(CitationSyntax citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return Citations.ByMention.GetValueOrDefault(citation);
    }

    /// <summary>
    /// The cited document's own text, when configuration gives its path and the file can be read;
    /// a relative path is taken from the linted document's folder, then the working directory.
    /// </summary>
    public string? GetCitedText(CitedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Source?.TextPath is not { Length: > 0 } path)
        {
            return null;
        }

        var candidates = Path.IsPathRooted(path)
            ? [path]
            : new[] { Path.Combine(Path.GetDirectoryName(Tree.FilePath) ?? string.Empty, path), Path.GetFullPath(path) };
        foreach (var candidate in candidates)
        {
            var file = new FileInfo(candidate);
            if (!file.Exists)
            {
                continue;
            }

            var key = file.FullName;
            if (s_citedTexts.TryGetValue(key, out var cached) && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
            {
                return cached.Text;
            }

            try
            {
                var text = IO.BoundedFile.ReadAllText(key);
                s_citedTexts[key] = (file.LastWriteTimeUtc, file.Length, text);
                return text;
            }
            catch (IOException)
            {
                // Unreadable now (locked, removed): the quotation cannot be checked, which is not the document's fault.
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }
}
