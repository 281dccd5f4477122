using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Linter.Syntax.Green;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Parsing;

/// <summary>
/// Recognises what lives inside a block of prose: speaker labels, sentences, quotations, citations,
/// claims and rebuttals, and the line kinds of a header (language bar, publish stamp, boilerplate).
/// Shared by both document forms; every decision is driven by the <see cref="Vocabulary"/>.
/// </summary>
internal sealed class InlineParser
{
    private const int MaxLabelWords = 7;
    private const int MaxLabelLength = 60;

    /// <summary>How deep claims reported inside claims' contents are read ("A said that B said that …").</summary>
    private const int MaxClaimDepth = 4;

    private static readonly GreenToken s_missingCloseQuote = new(SyntaxKind.CloseQuoteToken, 0, null, null, isMissing: true);

    private readonly string _text;
    private readonly List<GreenToken> _tokens;
    private readonly List<int> _starts;
    private readonly Vocabulary _vocabulary;
    private readonly List<TextSpan> _links;
    private readonly AttributionReader _attributions;

    // The last run of capitalised words (up to `to`) found to hold no document noun. CitationLength is asked at
    // every word, and a long run in title case or capitals would otherwise be scanned again from each of its words.
    private (int From, int Until, int To) _noCitation = (-1, -1, -1);

    // Lists for building children arrays, reused: a fresh list per sentence grew its array several
    // times and then was copied once more. A stack because quotations nest.
    private readonly Stack<List<GreenNode>> _spareLists = new();

    public InlineParser(string text, List<GreenToken> tokens, List<int> starts, Vocabulary vocabulary, List<TextSpan> links)
    {
        _text = text;
        _tokens = tokens;
        _starts = starts;
        _vocabulary = vocabulary;
        _links = links;
        _attributions = new AttributionReader(text, tokens, starts, vocabulary);
    }

    // ---- Line kinds ---------------------------------------------------------------------------

    /// <summary>A line of two or more language names and nothing else but separators.</summary>
    public bool IsLanguageBar(int from, int to)
    {
        var names = 0;
        for (var i = from; i < to; i++)
        {
            switch (_tokens[i].Kind)
            {
                case SyntaxKind.WordToken when _vocabulary.LanguageNames.ContainsWord(TextOf(i)):
                    names++;
                    break;
                case SyntaxKind.PunctuationToken or SyntaxKind.SymbolToken when TextOf(i) is "|" or "/" or "·" or "•" or "-":
                    break;
                default:
                    return false;
            }
        }

        return names >= 2;
    }

    /// <summary>A line that is, word for word, one of the vocabulary's boilerplate lines.</summary>
    public bool IsBoilerplate(int from, int to)
    {
        // The first word decides most lines without building the word list.
        if (to - from > 8 || from >= to || !_vocabulary.BoilerplateLines.StartsAnyPhrase(TextOf(from)))
        {
            return false;
        }

        var words = new List<string>(to - from);
        for (var i = from; i < to; i++)
        {
            words.Add(TextOf(i).ToString());
        }

        return _vocabulary.BoilerplateLines.MatchesExactly(words);
    }

    /// <summary>A line that gives only a date and perhaps a time: "2022-05-05 09:17", "01 Feb 2021, 11:49".</summary>
    public bool IsDateOnly(int from, int to)
    {
        var dates = 0;
        for (var i = from; i < to; i++)
        {
            var kind = _tokens[i].Kind;
            if (kind == SyntaxKind.DateToken)
            {
                dates++;
                continue;
            }

            if (kind is SyntaxKind.TimeToken or SyntaxKind.PunctuationToken)
            {
                continue;
            }

            // Time zones such as "EDT" or "GMT".
            if (kind == SyntaxKind.WordToken && IsAllUpper(TextOf(i)) && TextOf(i).Length <= 4)
            {
                continue;
            }

            return false;
        }

        return dates > 0;
    }

    /// <summary>
    /// The number of tokens of a speaker label at <paramref name="from"/> ("Zhao Lijian:", "MS. PSAKI:", a bare "Q"), or 0.
    /// </summary>
    public int SpeakerLabelLength(int from, int to)
    {
        if (from >= to || _tokens[from].Kind != SyntaxKind.WordToken)
        {
            return 0;
        }

        var first = TextOf(from);
        if (to - from > 1 && _vocabulary.BareLabels.ContainsWord(first) && IsBareLabelGap(from))
        {
            return 1;
        }

        if (!char.IsUpper(first[0]))
        {
            return 0;
        }

        var colon = -1;
        var words = new List<string>();
        for (var i = from; i < to && i < from + (MaxLabelWords * 2) + 1; i++)
        {
            var kind = _tokens[i].Kind;
            var text = TextOf(i);
            if (kind == SyntaxKind.PunctuationToken && text is ":")
            {
                colon = i;
                break;
            }

            if (kind == SyntaxKind.WordToken)
            {
                words.Add(text.ToString());
                continue;
            }

            // "MS." and "O’Brien" and "Follow-up" stay inside a label; nothing else does.
            var attached = i > from && _tokens[i].LeadingTrivia.Length == 0 && _tokens[i - 1].TrailingTrivia.Length == 0;
            if (attached && (kind == SyntaxKind.ApostropheToken || (kind == SyntaxKind.PunctuationToken && text is "." or "-")))
            {
                continue;
            }

            return 0;
        }

        if (colon < 0 || words.Count == 0 || words.Count > MaxLabelWords)
        {
            return 0;
        }

        if (_starts[colon] - _starts[from] > MaxLabelLength)
        {
            return 0;
        }

        foreach (var word in words)
        {
            var acceptable = char.IsUpper(word[0]) || _vocabulary.NameConnectors.ContainsWord(word) || _vocabulary.Honorifics.ContainsWord(word);
            if (!acceptable)
            {
                return 0;
            }
        }

        if (_vocabulary.NonLabels.MatchesExactly(words) || _vocabulary.DocumentTypeNouns.ContainsWord(words[^1]))
        {
            return 0;
        }

        // A label's colon is followed by a space or ends the paragraph; "11:49" never gets here, it is a time.
        // Transcripts also write "A:You raised…" with no space: a question or answer label needs none.
        var colonToken = _tokens[colon];
        var followedBySpace = colon + 1 >= to || colonToken.TrailingTrivia.Length > 0 || _tokens[colon + 1].LeadingTrivia.Length > 0;
        var questionOrAnswer = _vocabulary.QuestionLabels.MatchesExactly(words) || _vocabulary.AnswerLabels.MatchesExactly(words);
        return followedBySpace || questionOrAnswer ? colon - from + 1 : 0;
    }

    /// <summary>
    /// True when the line opens with a questioner's or answerer's label ("Q:", "A:"). Other "Name: text"
    /// lines can be titles ("Travel Advisory: Situation in Ukraine"), so only these rule a title out.
    /// </summary>
    public bool StartsWithQuestionOrAnswerLabel(int from, int to)
    {
        var label = SpeakerLabelLength(from, to);
        if (label == 0)
        {
            return false;
        }

        var words = WordsFrom(from, from + label, MaxLabelWords);
        return _vocabulary.QuestionLabels.MatchesExactly(words) || _vocabulary.AnswerLabels.MatchesExactly(words);
    }

    /// <summary>A bare label needs a clear gap: a no-break space, two spaces, or (for a word like "QUESTION") upper case.</summary>
    private bool IsBareLabelGap(int index)
    {
        var gapStart = _starts[index] + _tokens[index].Width;
        var gapEnd = _starts[index + 1];
        if (gapEnd <= gapStart)
        {
            return false;
        }

        var gap = _text.AsSpan(gapStart, gapEnd - gapStart);
        if (gap.ContainsAny('\n', '\r'))
        {
            return false;
        }

        var word = TextOf(index);
        return gap.Contains('\u00A0') || gap.Length >= 2 || (word.Length > 1 && IsAllUpper(word));
    }

    // ---- Sentences ----------------------------------------------------------------------------

    /// <summary>Splits paragraph content into sentences, each wrapped in a claim or rebuttal when it is one.</summary>
    /// <param name="from">The first token of the paragraph.</param>
    /// <param name="to">The token after the paragraph.</param>
    /// <param name="quotationRunsOn">
    /// True when the next paragraph opens with a quotation mark: by press convention a quotation
    /// left open here continues there, so it becomes a quotation whose closing mark is missing.
    /// </param>
    public GreenNode[] ParseSentences(int from, int to, bool quotationRunsOn = false)
    {
        var pairs = PairQuotes(from, to, out var firstUnclosed);
        if (quotationRunsOn && firstUnclosed >= 0)
        {
            // The close index "to" stands for a missing closing mark at the end of the paragraph.
            pairs[firstUnclosed] = to;
        }

        var result = RentList();
        var sentenceStart = from;
        var protectedUntil = -1;
        for (var i = from; i < to; i++)
        {
            if (pairs.Count > 0 && pairs.TryGetValue(i, out var close) && close > protectedUntil)
            {
                protectedUntil = close;
            }

            if (i < protectedUntil || _tokens[i].Kind != SyntaxKind.PunctuationToken || !IsTerminal(i))
            {
                continue;
            }

            // Closing marks that follow the full stop belong to the sentence: ‘… democracy.”’ or ‘…).’.
            var last = i;
            while (last + 1 < to && IsAttached(last + 1) && IsSentenceCloser(last + 1))
            {
                last++;
            }

            if (last + 1 < to && !IsSentenceBoundary(i, last + 1))
            {
                i = last;
                continue;
            }

            result.Add(BuildSentence(sentenceStart, last + 1, pairs));
            sentenceStart = last + 1;
            i = last;
        }

        if (sentenceStart < to)
        {
            result.Add(BuildSentence(sentenceStart, to, pairs));
        }

        return ToArrayAndReturn(result);
    }

    /// <summary>Inline content without sentence splitting, for titles and headings.</summary>
    public GreenNode[] ParseInline(int from, int to)
    {
        var pairs = PairQuotes(from, to, out _);
        return BuildInline(from, to, pairs);
    }

    private GreenElement BuildSentence(int from, int to, Dictionary<int, int> pairs)
    {
        // "According to the Basic Law, …" cites a document in support: only a source with a cue makes a claim. A sentence
        // opened by a contrast marker answers, so it is a rebuttal even when it reports someone ("But the US side claimed …");
        // a cited document's claim opens its sentence and so comes first, as it always has.
        var citation = CitationLength(from, to);
        var attribution = citation > 0 ? _attributions.ReadDocumentClaim(from, to, citation, pairs) : null;
        var rebuttal = attribution is null && IsRebuttal(from, to);
        attribution ??= rebuttal ? null : _attributions.Read(from, to, from, to, pairs);
        if (attribution is { } found)
        {
            return new GreenElement(SyntaxKind.Claim, [new GreenElement(SyntaxKind.Sentence, BuildAttributed(from, to, from, to, pairs, found))]);
        }

        rebuttal = rebuttal || Refutes(from, to);

        if (rebuttal)
        {
            // "But some foreign media say that …": the rebuttal keeps the attribution it holds, as a source, cue and content.
            return new GreenElement(SyntaxKind.Rebuttal, [new GreenElement(SyntaxKind.Sentence, BuildClaims(from, to, from, to, pairs))]);
        }

        return new GreenElement(SyntaxKind.Sentence, BuildInline(from, to, pairs));
    }

    /// <summary>
    /// The children of [<paramref name="from"/>, <paramref name="to"/>), part of a claim's sentence ending at
    /// <paramref name="sentenceTo"/>: the attribution's source, cue and content as nodes in text order, the tokens between
    /// them, a claim reported inside the content ("Macron said that Rouhani said …") and further claims after it.
    /// </summary>
    private GreenNode[] BuildAttributed(int from, int to, int sentenceFrom, int sentenceTo, Dictionary<int, int> pairs, Attribution attribution, int depth = 0)
    {
        // Claims after one another are built in a loop and claims inside contents to a bounded depth: a sentence of a
        // thousand attributions must not take a stack frame each.
        var children = new List<GreenNode>();
        var position = from;
        Attribution? next = attribution;
        while (next is { } found)
        {
            Span<(int From, int To, SyntaxKind Kind)> parts =
            [
                (found.SourceFrom, found.SourceTo, SyntaxKind.ClaimSource),
                (found.CueFrom, found.CueTo, SyntaxKind.ClaimCue),
                (found.ContentFrom, found.ContentTo, SyntaxKind.ClaimContent),
            ];
            parts.Sort((a, b) => a.From.CompareTo(b.From));
            foreach (var (partFrom, partTo, kind) in parts)
            {
                if (partTo <= partFrom)
                {
                    continue; // A cited document's claim with no content to place.
                }

                children.AddRange(BuildInline(position, partFrom, pairs));
                var nested = kind == SyntaxKind.ClaimContent && !pairs.ContainsKey(partFrom) && depth < MaxClaimDepth
                    ? _attributions.Read(partFrom, partTo, sentenceFrom, sentenceTo, pairs)
                    : null;
                var inner = nested is { } inside
                    ? BuildAttributed(partFrom, partTo, sentenceFrom, sentenceTo, pairs, inside, depth + 1)
                    : BuildInline(partFrom, partTo, pairs);
                children.Add(new GreenElement(kind, inner));
                position = partTo;
            }

            next = position < to ? _attributions.Read(position, to, sentenceFrom, sentenceTo, pairs) : null;
        }

        children.AddRange(BuildInline(position, to, pairs));
        return [.. children];
    }

    /// <summary>The children of part of a claim's sentence, with the claims it reports.</summary>
    private GreenNode[] BuildClaims(int from, int to, int sentenceFrom, int sentenceTo, Dictionary<int, int> pairs) =>
        from < to && _attributions.Read(from, to, sentenceFrom, sentenceTo, pairs) is { } attribution
            ? BuildAttributed(from, to, sentenceFrom, sentenceTo, pairs, attribution)
            : BuildInline(from, to, pairs);

    private GreenNode[] BuildInline(int from, int to, Dictionary<int, int> pairs)
    {
        var nodes = RentList();
        var i = from;
        var plainFrom = from;
        while (i < to)
        {
            if (pairs.Count > 0 && pairs.TryGetValue(i, out var close) && close <= to)
            {
                AddTokens(nodes, plainFrom, i);
                var inner = BuildInline(i + 1, close, pairs);
                var children = new GreenNode[inner.Length + 2];
                children[0] = _tokens[i];
                inner.CopyTo(children, 1);
                children[^1] = close < to ? _tokens[close] : s_missingCloseQuote;
                nodes.Add(new GreenElement(SyntaxKind.Quotation, children));
                i = Math.Min(close + 1, to);
                plainFrom = i;
                continue;
            }

            var citation = CitationLength(i, to);
            if (citation > 0)
            {
                AddTokens(nodes, plainFrom, i);
                nodes.Add(new GreenElement(SyntaxKind.Citation, GreenNodeArrays.FromTokens(_tokens, i, citation)));
                i += citation;
                plainFrom = i;
                continue;
            }

            i++;
        }

        AddTokens(nodes, plainFrom, to);

        return ToArrayAndReturn(nodes);
    }

    private List<GreenNode> RentList() => _spareLists.TryPop(out var list) ? list : [];

    /// <summary>Appends the tokens [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="nodes"/>.</summary>
    /// <remarks>
    /// Through spans, not one Add per token: storing a token in a list of green nodes checks the array's
    /// element type for every element, and most children of a sentence are plain tokens.
    /// </remarks>
    private void AddTokens(List<GreenNode> nodes, int from, int to)
    {
        if (to <= from)
        {
            return;
        }

        var count = nodes.Count;
        CollectionsMarshal.SetCount(nodes, count + to - from);
        var source = CollectionsMarshal.AsSpan(_tokens)[from..to];
        var target = CollectionsMarshal.AsSpan(nodes)[count..];
        for (var k = 0; k < source.Length; k++)
        {
            target[k] = source[k];
        }
    }

    private GreenNode[] ToArrayAndReturn(List<GreenNode> list)
    {
        var array = list.ToArray();
        list.Clear();
        _spareLists.Push(list);
        return array;
    }

    private bool IsTerminal(int index)
    {
        if (_tokens[index].Kind != SyntaxKind.PunctuationToken)
        {
            return false;
        }

        var text = TextOf(index);
        if (text is "!" or "?" or "…" or "..." or "。" or "！" or "？")
        {
            return true;
        }

        if (text is not ".")
        {
            return false;
        }

        // "Mr." and the initial of "James S. Brady" do not end a sentence.
        if (index > 0 && IsAttached(index) && _tokens[index - 1].Kind == SyntaxKind.WordToken)
        {
            var word = TextOf(index - 1);
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return false;
            }

            Span<char> withDot = stackalloc char[Math.Min(word.Length + 1, 64)];
            if (word.Length < 64)
            {
                word.CopyTo(withDot);
                withDot[word.Length] = '.';
                if (_vocabulary.Abbreviations.ContainsWord(withDot))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool IsSentenceCloser(int index) =>
        _tokens[index].Kind == SyntaxKind.CloseQuoteToken
        || (_tokens[index].Kind == SyntaxKind.PunctuationToken && (TextOf(index) is ")" or "]" || IsTerminal(index)));

    /// <summary>A boundary needs a space after the terminal and a next word that does not start in lower case.</summary>
    private bool IsSentenceBoundary(int terminal, int next)
    {
        if (IsAttached(next))
        {
            return false;
        }

        var text = TextOf(next);
        return !(char.IsLower(text[0]) && _tokens[terminal].Kind == SyntaxKind.PunctuationToken && TextOf(terminal) is ".");
    }

    private bool IsAttached(int index) =>
        index > 0 && _tokens[index].LeadingTrivia.Length == 0 && _tokens[index - 1].TrailingTrivia.Length == 0;

    // ---- Quotations ---------------------------------------------------------------------------

    /// <summary>
    /// Matches quotation marks inside [from, to): returns open index → close index. A closing
    /// single mark right after a word that closes nothing is a plural possessive ("parties’ will")
    /// and becomes an apostrophe.
    /// </summary>
    private Dictionary<int, int> PairQuotes(int from, int to, out int firstUnclosed)
    {
        firstUnclosed = -1;
        var pairs = new Dictionary<int, int>();
        List<int>? open = null;
        for (var i = from; i < to; i++)
        {
            var kind = _tokens[i].Kind;
            if (kind == SyntaxKind.OpenQuoteToken)
            {
                (open ??= []).Add(i);
                continue;
            }

            if (kind != SyntaxKind.CloseQuoteToken)
            {
                continue;
            }

            var isSingle = SyntaxFacts.IsSingleQuoteMark(TextOf(i)[0]);
            var match = -1;
            if (open is not null)
            {
                for (var k = open.Count - 1; k >= 0; k--)
                {
                    if (SyntaxFacts.IsSingleQuoteMark(TextOf(open[k])[0]) == isSingle)
                    {
                        match = k;
                        break;
                    }
                }
            }

            if (match >= 0)
            {
                pairs[open![match]] = i;
                open.RemoveRange(match, open.Count - match);
            }
            else if (isSingle && _starts[i] > 0 && char.IsLetterOrDigit(_text[_starts[i] - 1]))
            {
                _tokens[i] = _tokens[i].WithKind(SyntaxKind.ApostropheToken);
            }
        }

        if (open is not null)
        {
            foreach (var index in open)
            {
                if (!SyntaxFacts.IsSingleQuoteMark(TextOf(index)[0]))
                {
                    firstUnclosed = index;
                    break;
                }
            }
        }

        return pairs;
    }

    // ---- Citations, claims, rebuttals -----------------------------------------------------------

    /// <summary>The number of tokens of a citation at <paramref name="index"/>: a Markdown link, or a document's name.</summary>
    private int CitationLength(int index, int to)
    {
        if (_links.Count > 0 && LinkAt(_starts[index]) is { } link && (index == 0 || _starts[index - 1] < link.Start))
        {
            var end = index;
            while (end < to && _starts[end] < link.End)
            {
                end++;
            }

            return end - index;
        }

        if (_tokens[index].Kind != SyntaxKind.WordToken || (index > _noCitation.From && index < _noCitation.Until && to == _noCitation.To))
        {
            return 0;
        }

        var i = index;
        var hasArticle = _tokens[i].Width == 3 && TextOf(i).Equals("the", StringComparison.OrdinalIgnoreCase);
        if (hasArticle)
        {
            i++;
        }

        if (i >= to || !IsCapitalizedWord(i))
        {
            return 0;
        }

        var last = -1;
        var capitalized = 0;
        var hasDocumentNoun = false;
        while (i < to && _tokens[i].Kind == SyntaxKind.WordToken)
        {
            if (IsCapitalizedWord(i))
            {
                capitalized++;
                hasDocumentNoun |= _vocabulary.DocumentTypeNouns.ContainsWord(TextOf(i));
                last = i;
                i++;
                continue;
            }

            if (_vocabulary.NameConnectors.ContainsWord(TextOf(i)) && i + 1 < to && _tokens[i + 1].Kind == SyntaxKind.WordToken)
            {
                i++;
                continue;
            }

            break;
        }

        if (!hasDocumentNoun)
        {
            // Where the scan stops depends only on the words, not on where it began: no later start in this run finds a noun either.
            _noCitation = (index, i, to);
            return 0;
        }

        if (!hasArticle && capitalized < 2)
        {
            return 0;
        }

        return last - index + 1;
    }

    /// <summary>The link whose text holds <paramref name="position"/>, if any.</summary>
    /// <remarks>
    /// Asked for every token, so it is a binary search, not a scan: a document with thousands of links
    /// would otherwise cost their number for each of its words. <see cref="SegmentationNormalizer"/> leaves
    /// the links sorted and disjoint, so the only candidate is the last one starting at or before the position.
    /// </remarks>
    private TextSpan? LinkAt(int position)
    {
        var (low, high, found) = (0, _links.Count - 1, -1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_links[middle].Start <= position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && position < _links[found].End ? _links[found] : null;
    }

    private bool IsRebuttal(int from, int to)
    {
        // Most sentences open with a word no contrast marker starts with: only the others pay for a word list.
        var first = FirstWordFrom(from, to);
        if (first < 0 || !_vocabulary.ContrastMarkers.StartsAnyPhrase(TextOf(first)))
        {
            return false;
        }

        var words = WordsFrom(from, to, 4);
        return words.Count >= 2 && _vocabulary.ContrastMarkers.MatchPrefix(words) > 0;
    }

    /// <summary>True when the sentence holds a refutation phrase: "This is groundless", "There is no evidence".</summary>
    private bool Refutes(int from, int to)
    {
        Span<Range> words = stackalloc Range[4];
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind != SyntaxKind.WordToken || !_vocabulary.RefutationPhrases.StartsAnyPhrase(TextOf(i)))
            {
                continue;
            }

            var count = 0;
            for (var k = i; k < to && count < words.Length && _tokens[k].Kind == SyntaxKind.WordToken; k++)
            {
                words[count++] = new Range(_starts[k], _starts[k] + _tokens[k].Width);
            }

            if (_vocabulary.RefutationPhrases.MatchPrefix(_text, words[..count]) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first word <see cref="WordsFrom"/> would return, or -1 when it would return none.</summary>
    private int FirstWordFrom(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var kind = _tokens[i].Kind;
            if (kind == SyntaxKind.WordToken)
            {
                return i;
            }

            if (kind != SyntaxKind.PunctuationToken || TextOf(i) is not ",")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Up to <paramref name="max"/> consecutive word tokens from <paramref name="from"/>, skipping commas.</summary>
    private List<string> WordsFrom(int from, int to, int max)
    {
        var words = new List<string>(max);
        for (var i = from; i < to && words.Count < max; i++)
        {
            var kind = _tokens[i].Kind;
            if (kind == SyntaxKind.WordToken)
            {
                words.Add(TextOf(i).ToString());
            }
            else if (kind != SyntaxKind.PunctuationToken || TextOf(i) is not ",")
            {
                break;
            }
        }

        return words;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsCapitalizedWord(int index) =>
        _tokens[index].Kind == SyntaxKind.WordToken && char.IsUpper(TextOf(index)[0]);

    private static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0;
    }

    private ReadOnlySpan<char> TextOf(int index) => _text.AsSpan(_starts[index], _tokens[index].Width);
}
