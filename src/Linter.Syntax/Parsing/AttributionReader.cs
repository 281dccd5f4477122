using Linter.Syntax.Green;

namespace Linter.Syntax.Parsing;

/// <summary>The token ranges of one attribution in a sentence, each [from, to); the content may come first.</summary>
internal readonly record struct Attribution(int SourceFrom, int SourceTo, int CueFrom, int CueTo, int ContentFrom, int ContentTo);

/// <summary>
/// Finds reported speech in a sentence: who (source), the reporting verb group (cue) and what (content), in the
/// forms statements and transcripts use:
/// <list type="bullet">
/// <item>a cited document as subject of a reporting verb: "The Declaration stresses that …";</item>
/// <item>a name, organisation, group or pronoun as subject of a speech verb: "US Secretary of State Pompeo said (that) …",
/// "FireEye said those hackers …", "Some US politicians have accused China of …", "Ross, the Commerce Secretary, said …";</item>
/// <item>a quotation after the cue: "Pompeo said: “…”";</item>
/// <item>inverted attribution after a quotation: "“…,” Pompeo said." and "“…,” said Pompeo.";</item>
/// <item>a possessive source of a cue noun: "Pompeo's remarks that …".</item>
/// </list>
/// Not claims: "according to X" (no cue), opinion verbs (not in the vocabulary), the speaker's own words ("As I said",
/// "we have noted"), "as X said", questions and modals ("did he say", "would say") and impersonal passives ("it is said").
/// Everything is read from tokens, so line breaks inside a wrapped paragraph are only trivia.
/// </summary>
internal sealed class AttributionReader
{
    private const int MaxSourceTokens = 16;
    private const int MaxAdjunctTokens = 14;
    private const int MaxCueWords = 4;

    private readonly string _text;
    private readonly List<GreenToken> _tokens;
    private readonly List<int> _starts;
    private readonly Vocabulary _vocabulary;
    private readonly List<string> _words = new(MaxCueWords);
    private int _sentenceFrom;
    private int _sentenceTo = -1;

    // The quotation pairs of the sentence being read, gathered once per sentence from its own tokens: the paragraph's
    // map can hold thousands, and walking it for each sentence made a long paragraph quadratic.
    private readonly List<(int Open, int Close)> _sentencePairs = [];

    public AttributionReader(string text, List<GreenToken> tokens, List<int> starts, Vocabulary vocabulary)
    {
        _text = text;
        _tokens = tokens;
        _starts = starts;
        _vocabulary = vocabulary;
    }

    /// <summary>
    /// The first attribution of a person, organisation, group or pronoun in [<paramref name="from"/>, <paramref name="to"/>),
    /// a sentence or part of one that ends at <paramref name="sentenceTo"/>, or null. <paramref name="pairs"/> maps each
    /// opening quotation mark of the sentence to its closing one.
    /// </summary>
    public Attribution? Read(int from, int to, int sentenceFrom, int sentenceTo, Dictionary<int, int> pairs)
    {
        UseSentence(sentenceFrom, sentenceTo, pairs);

        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind != SyntaxKind.WordToken)
            {
                continue;
            }

            if (_tokens[i].Width == 5 && IsWordText(i, "there") && !InsideQuotation(i, pairs) && ReadExistentialClaim(i, to, pairs) is { } existential)
            {
                return existential;
            }

            if (!char.IsLower(_text[_starts[i]]))
            {
                continue;
            }

            // "claim" and "call for" are verbs after a subject and nouns after a possessive: either reading may hold.
            var word = TextOf(i);
            if (_vocabulary.SpeechVerbs.StartsAnyPhrase(word) && !InsideQuotation(i, pairs) && ReadVerbClaim(from, to, i, pairs) is { } claim)
            {
                return claim;
            }

            if (_vocabulary.CueNouns.StartsAnyPhrase(word) && !InsideQuotation(i, pairs) && ReadNounClaim(from, to, i, pairs) is { } nounClaim)
            {
                return nounClaim;
            }
        }

        return _sentencePairs.Count > 0 ? ReadInvertedClaim(from, to, pairs) : null;
    }

    private void UseSentence(int from, int to, Dictionary<int, int> pairs)
    {
        if (from == _sentenceFrom && to == _sentenceTo)
        {
            return;
        }

        (_sentenceFrom, _sentenceTo) = (from, to);
        _sentencePairs.Clear();
        if (pairs.Count == 0)
        {
            return;
        }

        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind == SyntaxKind.OpenQuoteToken && pairs.TryGetValue(i, out var close))
            {
                _sentencePairs.Add((i, close));
            }
        }
    }

    // ---- The forms --------------------------------------------------------------------------------

    /// <summary>
    /// "The Declaration (also) stresses that …": a cited document of <paramref name="citation"/> tokens opening the
    /// sentence as subject of a reporting verb, the form a cited document's claims have always had; or null.
    /// </summary>
    public Attribution? ReadDocumentClaim(int from, int to, int citation, Dictionary<int, int> pairs)
    {
        UseSentence(from, to, pairs);
        var cueFrom = NextWord(from + citation, to);
        if (cueFrom < 0)
        {
            return null;
        }

        var verb = cueFrom;
        while (verb < to && IsWord(verb) && _vocabulary.ReportingAdverbs.ContainsWord(TextOf(verb)))
        {
            verb = NextWord(verb + 1, to);
            if (verb < 0)
            {
                return null;
            }
        }

        var length = MatchWords(_vocabulary.ReportingVerbs, verb, to, out var cueTo);
        if (length == 0)
        {
            return null;
        }

        // A cited document's claim stays a claim even where no content can be placed, as it always was.
        return WithContent(from, from + citation, cueFrom, cueTo, to, pairs, objectCue: false)
            ?? new Attribution(from, from + citation, cueFrom, cueTo, cueTo, cueTo);
    }

    /// <summary>A source before a speech verb: "Pompeo (has repeatedly) said (in a statement) that …".</summary>
    private Attribution? ReadVerbClaim(int from, int to, int verb, Dictionary<int, int> pairs)
    {
        if (MatchWords(_vocabulary.SpeechVerbs, verb, to, out var cueTo) == 0)
        {
            return null;
        }

        // "media reports say": the later verb is the cue.
        var after = NextWord(cueTo, to);
        if (after == cueTo && char.IsLower(_text[_starts[after]]) && _vocabulary.SpeechVerbs.ContainsWord(TextOf(after)))
        {
            return null;
        }

        var cueFrom = verb;
        var quoted = TextOf(verb).StartsWith("quoted", StringComparison.OrdinalIgnoreCase);

        // "is accusing" and "was quoted as saying" report; "is said", "was reported" and "would say" do not.
        var progressive = TextOf(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || quoted;
        while (cueFrom - 1 >= from && IsWord(cueFrom - 1))
        {
            var previous = TextOf(cueFrom - 1);

            // "they’ve said", "you’re saying", "he’s claimed": the contraction is part of the cue.
            if (cueFrom - 2 >= from && _tokens[cueFrom - 2].Kind == SyntaxKind.ApostropheToken && IsAttached(cueFrom - 2) && IsAttached(cueFrom - 1)
                && (previous is "ve" || ((previous is "re" or "s") && progressive) || (previous is "s" && TextOf(verb).EndsWith("ed", StringComparison.Ordinal))))
            {
                // "It’s estimated that": "it’s" is "it is", an impersonal passive, not "he’s claimed".
                if (previous is "s" && !progressive && IsWordText(cueFrom - 3, "it"))
                {
                    return null;
                }

                cueFrom -= 2;
                continue;
            }

            if (_vocabulary.NonReportingAuxiliaries.ContainsWord(previous) && !(progressive && IsFormOfBe(previous)))
            {
                return null;
            }

            if (!_vocabulary.CueAuxiliaries.ContainsWord(previous))
            {
                break;
            }

            // "It was reported that", "he was told": a passive reports no one, unless it names its agent.
            if (IsFormOfBe(previous) && !progressive)
            {
                return ReadAgentClaim(from, to, cueFrom - 1, cueTo, pairs);
            }

            cueFrom--;
        }

        if (quoted && cueFrom == verb)
        {
            return null; // "quoted as saying" needs its "was".
        }

        // "You heard him say that …": after a verb of perception, its object pronoun is the one who spoke.
        // "you'll hear him talk about it today" announces; it reports nothing yet.
        var perceived = cueFrom - 2 >= from && IsWord(cueFrom - 1) && _vocabulary.ObjectPronouns.ContainsWord(TextOf(cueFrom - 1))
            && IsWord(cueFrom - 2) && _vocabulary.PerceptionVerbs.ContainsWord(TextOf(cueFrom - 2))
            && !(cueFrom - 3 >= from && IsWord(cueFrom - 3) && (_vocabulary.NonReportingAuxiliaries.ContainsWord(TextOf(cueFrom - 3)) || TextOf(cueFrom - 3) is "ll"));
        var source = perceived
            ? (cueFrom - 1, cueFrom)
            : ReadSourceBefore(from, cueFrom) ?? ReadModifiedSourceBefore(from, cueFrom) ?? ReadAntecedentSource(from, cueFrom)
                ?? ReadJoinedSubject(from, cueFrom, progressive);
        if (source is not var (sourceFrom, sourceTo) || !(perceived || IsClaimSource(from, sourceFrom, sourceTo)))
        {
            return null;
        }

        // "The US Embassy issued a statement saying that …": the statement reports for the one that issued it.
        if (progressive && IsWord(sourceFrom - 1) && _vocabulary.IssuingVerbs.ContainsWord(TextOf(sourceFrom - 1))
            && ReadClauseSubject(from, sourceFrom - 1) is var (issuerFrom, issuerTo) && IsClaimSource(from, issuerFrom, issuerTo))
        {
            (sourceFrom, sourceTo) = (issuerFrom, issuerTo);
        }

        // "Senator Young called on Prime Minister Lee" is a visit: such a cue reports only when "to" follows its object.
        if (MatchWords(_vocabulary.InfinitiveCues, verb, to, out var infinitiveEnd) > 0 && infinitiveEnd == cueTo && !HasInfinitive(cueTo, to))
        {
            return null;
        }

        // "as they say in southern Delaware": a saying, not a report.
        if (sourceFrom - 1 >= from && MatchWords(_vocabulary.SayingIdioms, sourceFrom - 1, to, out var sayingEnd) > 0 && sayingEnd >= cueTo)
        {
            return null;
        }

        var attribution = WithContent(sourceFrom, sourceTo, cueFrom, cueTo, to, pairs, objectCue: IsObjectCue(verb));

        // "the Senate confirmed Lisa Cook", "China denied them their freedoms": such verbs report speech only before
        // "that", a colon or a quotation.
        // "as many media noted in their reports,": a clause that refers back has no content to introduce.
        if (attribution is { } found && _vocabulary.ClauseCues.ContainsWord(TextOf(verb)) && !IntroducesClause(cueTo, found.ContentFrom)
            && !(found.ContentFrom == found.ContentTo && RefersBack(sourceFrom)))
        {
            return null;
        }

        return attribution;
    }

    /// <summary>
    /// A passive with its agent: "Their proposals were echoed by other participants", "…, which were also reported by
    /// Australian media". The agent after "by" is the source, the verb group with its "by" the cue, and the subject before
    /// it the content; after "which" or "that" the clause refers back and has no content of its own.
    /// </summary>
    private Attribution? ReadAgentClaim(int from, int to, int be, int verbTo, Dictionary<int, int> pairs)
    {
        if (verbTo + 1 >= to || !IsWordText(verbTo, "by") || !_vocabulary.AgentCues.ContainsWord(TextOf(verbTo - 1)))
        {
            return null;
        }

        var sourceFrom = verbTo + 1;
        var sourceTo = ReadSourceAfter(sourceFrom, to);
        if (sourceTo <= sourceFrom || !IsClaimSource(from, sourceFrom, sourceTo) || Splits(sourceFrom, sourceTo, pairs))
        {
            return null;
        }

        var cueFrom = be;
        while (cueFrom - 1 >= from && IsWord(cueFrom - 1) && _vocabulary.CueAuxiliaries.ContainsWord(TextOf(cueFrom - 1)))
        {
            cueFrom--; // "have been", "were also"
        }

        var cueTo = verbTo + 1;
        if (cueFrom - 1 >= from && (IsWordText(cueFrom - 1, "which") || IsWordText(cueFrom - 1, "that")))
        {
            return new Attribution(sourceFrom, sourceTo, cueFrom, cueTo, cueFrom, cueFrom);
        }

        // The subject: from the start of the part read, or after its last comma, up to the verb group.
        var contentFrom = from;
        for (var i = cueFrom - 1; i >= from; i--)
        {
            if (IsComma(i))
            {
                contentFrom = i + 1;
                break;
            }
        }

        // ", and their proposals were echoed by …": the conjunction joins the clause; it is not what was said.
        while (contentFrom < cueFrom && (IsWordText(contentFrom, "and") || IsWordText(contentFrom, "but") || IsWordText(contentFrom, "or")))
        {
            contentFrom++;
        }

        if (!HasWord(contentFrom, cueFrom) || IsWordText(contentFrom, "it") || Splits(contentFrom, cueFrom, pairs))
        {
            return null;
        }

        // "some were said by US officials", "They were echoed by …": a lone quantifier or pronoun points back at what was said
        // and carries nothing of it.
        if (cueFrom - contentFrom == 1 && IsWord(contentFrom)
            && (_vocabulary.SourceModifiers.ContainsWord(TextOf(contentFrom)) || IsPronoun(contentFrom) || IsNonSourceWord(TextOf(contentFrom))))
        {
            return null;
        }

        return new Attribution(sourceFrom, sourceTo, cueFrom, cueTo, contentFrom, cueFrom);
    }

    /// <summary>True when what stands between the cue and its content ends in "that" or a colon, or the content is a quotation.</summary>
    private bool IntroducesClause(int cueTo, int contentFrom) =>
        contentFrom > cueTo && (IsWordText(contentFrom - 1, "that") || IsColon(contentFrom - 1) || IsComma(contentFrom - 1))
        || (contentFrom < _tokens.Count && _tokens[contentFrom].Kind == SyntaxKind.OpenQuoteToken);

    /// <summary>
    /// A source whose head is followed by a phrase before the cue: "Officials in the region said", "Sources familiar with
    /// the situation say" (the phrase is part of the source), or "President Trump at the G7 press conference yesterday
    /// said" (the phrase, after a name, is the cue's adjunct and stays outside the source).
    /// </summary>
    private (int From, int To)? ReadModifiedSourceBefore(int from, int cueFrom)
    {
        // The word before the cue ends a noun phrase: not "a", "the" or "of" ("a community with a shared future").
        var last = cueFrom - 1;
        if (last <= from || !IsWord(last) || IsDeterminer(TextOf(last)) || _vocabulary.NameConnectors.ContainsWord(TextOf(last))
            || _vocabulary.SourceModifiers.ContainsWord(TextOf(last)))
        {
            return null;
        }

        for (var preposition = cueFrom - 2; preposition > from && cueFrom - preposition <= MaxAdjunctTokens; preposition--)
        {
            if (!IsWord(preposition))
            {
                return null; // A comma or a quotation mark ends what a source can reach over.
            }

            if (!IsPostModifier(preposition) || !IsWord(preposition - 1))
            {
                continue;
            }

            var head = preposition - 1;
            var headWord = TextOf(head);
            if (_vocabulary.SourceHeadNouns.ContainsWord(headWord))
            {
                // "Officials in the region": a head noun and what follows it, as written.
                var start = ReadPhraseBefore(from, head);
                return start < 0 ? null : (start, cueFrom);
            }

            if (char.IsUpper(headWord[0]) && IsHead(head) && IsWordText(preposition, "at"))
            {
                // "President Trump at the G7 press conference": a name, then where it spoke.
                var start = ReadPhraseBefore(from, head);
                return start < 0 ? null : (start, preposition);
            }
        }

        return null;
    }

    /// <summary>
    /// The antecedent of a relative pronoun before the cue: "the report released by the World Bank, which pointed out that …",
    /// "a joint communique which elaborated on …". The pronoun stays outside the source.
    /// </summary>
    private (int From, int To)? ReadAntecedentSource(int from, int cueFrom)
    {
        var pronoun = cueFrom - 1;
        if (pronoun - 1 <= from || !(IsWordText(pronoun, "which") || IsWordText(pronoun, "who")))
        {
            return null;
        }

        var end = IsComma(pronoun - 1) ? pronoun - 1 : pronoun;
        if (end - 1 < from || !IsWord(end - 1) || IsPronoun(end - 1) || ReadSourceBefore(from, end) is not var (sourceFrom, sourceTo))
        {
            return null;
        }

        // "a letter … sent to electoral organizations, which encouraged …": "which" may point further back than a common
        // noun; a name or a document is what it reports for.
        if (IsWordText(pronoun, "which") && !HasNameOrDocument(sourceFrom, sourceTo))
        {
            return null;
        }

        return (sourceFrom, sourceTo);
    }

    private bool HasNameOrDocument(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsWord(i) && (char.IsUpper(_text[_starts[i]]) || _vocabulary.DocumentTypeNouns.ContainsWord(TextOf(i))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the clause, for a cue that has none of its own: a participle after a comma ("The US Department of
    /// Justice indicted two Chinese nationals, accusing China of …") or a verb joined to the subject's first one
    /// ("Bolton met with Jimmy Lai and talked about the bill").
    /// </summary>
    private (int From, int To)? ReadJoinedSubject(int from, int cueFrom, bool participle)
    {
        var joint = cueFrom - 1;
        if (joint <= from || !((participle && IsComma(joint)) || (!participle && (IsWordText(joint, "and") || IsWordText(joint, "but")))))
        {
            return null;
        }

        // "the steps that the President announced and talked about": the subject of the verb just before the "and".
        if (!participle && joint - 2 >= from && IsWord(joint - 1) && char.IsLower(_text[_starts[joint - 1]]) && !IsHead(joint - 1)
            && (TextOf(joint - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || _vocabulary.SpeechVerbs.ContainsWord(TextOf(joint - 1)))
            && ReadSourceBefore(from, joint - 1) is var (nearFrom, nearTo) && IsClaimSource(from, nearFrom, nearTo))
        {
            return (nearFrom, nearTo);
        }

        return ReadClauseSubject(from, joint);
    }

    /// <summary>
    /// The source that opens the clause starting at <paramref name="from"/>, before <paramref name="joint"/>, or null. An opening
    /// adverbial up to a comma is passed over.
    /// </summary>
    private (int From, int To)? ReadClauseSubject(int from, int joint)
    {
        // "As some countries have taken such steps, ICAO has …": the subordinate clause's subject is not the sentence's.
        var subordinate = IsWord(from) && _vocabulary.Subordinators.ContainsWord(TextOf(from));
        if (!subordinate && ReadSubjectAt(from, joint) is { } subject)
        {
            return subject;
        }

        // "When taking questions at the annual press conference, Russian President Vladimir Putin spoke …".
        for (var comma = from + 1; comma < joint && comma - from <= MaxAdjunctTokens; comma++)
        {
            if (IsComma(comma))
            {
                return ReadSubjectAt(comma + 1, joint);
            }

            if (!IsWord(comma) && _tokens[comma].Kind is not SyntaxKind.NumberToken and not SyntaxKind.DateToken)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A source opening the clause at <paramref name="start"/> and followed by its verb, or null.</summary>
    private (int From, int To)? ReadSubjectAt(int start, int before)
    {
        while (start < before && IsWord(start) && IsNonSourceWord(TextOf(start)))
        {
            start++;
        }

        var end = ReadSourceAfter(start, before);

        // "Officials from the Chinese Embassy in Poland have met …": a named post-modifier belongs to the source.
        while (end > start && end + 1 < before && IsPostModifier(end) && OpensName(end + 1))
        {
            var named = ReadSourceAfter(IsWordText(end + 1, "the") ? end + 2 : end + 1, before);
            if (named <= end + 1)
            {
                break;
            }

            end = named;
        }

        if (end <= start || end > before || !IsWord(end) || !char.IsLower(_text[_starts[end]]) || IsFirstPerson(TextOf(start)))
        {
            return null;
        }

        // The subject is followed by its own verb, not by a speech verb (that one is a claim of its own) or a connector, and
        // not by a filler ("You know, …").
        var verb = TextOf(end);
        if (_vocabulary.SpeechVerbs.ContainsWord(verb) || _vocabulary.NameConnectors.ContainsWord(verb) || IsWordText(end, "and")
            || (end + 1 < before && IsComma(end + 1)))
        {
            return null;
        }

        return (start, end);
    }

    private bool IsPostModifier(int index) =>
        IsWordText(index, "in") || IsWordText(index, "at") || IsWordText(index, "from") || IsWordText(index, "of")
        || IsWordText(index, "familiar") || IsWordText(index, "with") || IsWordText(index, "close");

    /// <summary>A possessive source before a cue noun: "Pompeo's remarks that …", "his claims that …".</summary>
    private Attribution? ReadNounClaim(int from, int to, int noun, Dictionary<int, int> pairs)
    {
        // "Pompeo's remarks that …", "his claims: “…”"; or a phrase that ends in its preposition: "the US side's claim of restrictions …".
        var length = MatchWords(_vocabulary.CueNouns, noun, to, out var cueTo);
        var reportsAnObject = length > 1;
        var next = noun + 1;
        if (length == 0 || next >= to
            || !(reportsAnObject || IsWordText(next, "that") || IsColon(next) || _tokens[next].Kind == SyntaxKind.OpenQuoteToken))
        {
            return null;
        }

        int sourceFrom, sourceTo;
        if (noun - 1 >= from && IsWord(noun - 1) && IsPossessivePronoun(noun - 1))
        {
            (sourceFrom, sourceTo) = (noun - 1, noun);
        }
        else if (noun - 3 >= from && IsWordText(noun - 1, "s") && _tokens[noun - 2].Kind == SyntaxKind.ApostropheToken && IsAttached(noun - 2))
        {
            if (ReadSourceBefore(from, noun - 2) is not var (start, end) || !IsClaimSource(from, start, end))
            {
                return null;
            }

            (sourceFrom, sourceTo) = (start, end);
        }
        else
        {
            return null;
        }

        return WithContent(sourceFrom, sourceTo, noun, reportsAnObject ? cueTo : noun + 1, to, pairs, objectCue: false);
    }

    /// <summary>
    /// "There are (also) (media) reports that …", "There's been some reporting that …", "There were reports about …": the
    /// report noun and its modifiers are the source, the existential opening the cue.
    /// </summary>
    private Attribution? ReadExistentialClaim(int there, int to, Dictionary<int, int> pairs)
    {
        _words.Clear();
        var i = there;
        while (i < to && _words.Count < MaxCueWords && IsWord(i))
        {
            // "there’s" is three tokens; the vocabulary writes it as one word.
            if (i + 2 < to && _tokens[i + 1].Kind == SyntaxKind.ApostropheToken && IsAttached(i + 1) && IsWordText(i + 2, "s") && IsAttached(i + 2))
            {
                _words.Add(string.Concat(TextOf(i), "'s"));
                i += 3;
                continue;
            }

            _words.Add(TextOf(i).ToString());
            i++;
        }

        var length = _vocabulary.ExistentialCues.MatchPrefix(_words);
        if (length == 0)
        {
            return null;
        }

        // The cue's tokens: each word counted, "there’s" as its three tokens.
        var cueTo = there;
        for (var words = 0; words < length; words++)
        {
            cueTo += cueTo + 2 < to && _tokens[cueTo + 1].Kind == SyntaxKind.ApostropheToken ? 3 : 1;
        }

        var sourceFrom = cueTo;
        while (sourceFrom < to && IsWord(sourceFrom) && _vocabulary.CueAuxiliaries.ContainsWord(TextOf(sourceFrom)))
        {
            sourceFrom++; // "There are also reports …"
        }

        // "some", "many", "recent", "media", "US": up to a few words before the report noun.
        var noun = sourceFrom;
        while (noun < to && noun - sourceFrom < 4 && IsWord(noun) && !_vocabulary.ReportNouns.ContainsWord(TextOf(noun))
            && (_vocabulary.SourceModifiers.ContainsWord(TextOf(noun)) || _vocabulary.SourceHeadNouns.ContainsWord(TextOf(noun))
                || char.IsUpper(_text[_starts[noun]])))
        {
            noun++;
        }

        if (noun >= to || !IsWord(noun) || !_vocabulary.ReportNouns.ContainsWord(TextOf(noun)))
        {
            return null;
        }

        var sourceTo = noun + 1;
        var start = sourceTo;
        if (start < to && (IsWordText(start, "that") || IsColon(start)))
        {
            start++;
        }
        else if (start < to && IsWord(start) && _vocabulary.SpeechVerbs.ContainsWord(TextOf(start)) && TextOf(start).EndsWith("ing", StringComparison.Ordinal))
        {
            start++; // "There are reports saying (that) …"
            if (start < to && IsWordText(start, "that"))
            {
                start++;
            }
        }
        else if (start < to && (IsWordText(start, "about") || IsWordText(start, "on")))
        {
            start++; // "There were reports about China buying oil": the object is what was reported.
        }
        else if (start < to && IsWord(start) && _vocabulary.CueAdjuncts.ContainsWord(TextOf(start)) && FindThat(start, to, pairs) is var that and >= 0)
        {
            start = that + 1; // "There are reports in the Japanese media that …"
        }
        else
        {
            return null;
        }

        var end = to;
        while (end > start && IsTrailingMark(end - 1))
        {
            end--;
        }

        if (!HasWord(start, end) || Splits(start, end, pairs) || Splits(there, sourceTo, pairs))
        {
            return null;
        }

        return new Attribution(sourceFrom, sourceTo, there, cueTo, start, end);
    }

    /// <summary>"“…,” Pompeo said." or "“…,” said Pompeo.": a quotation, then its source and cue.</summary>
    private Attribution? ReadInvertedClaim(int from, int to, Dictionary<int, int> pairs)
    {
        foreach (var (open, close) in _sentencePairs)
        {
            if (open < from || close >= to)
            {
                continue;
            }

            var next = close + 1;
            var commaInside = close - 1 > open && _tokens[close - 1].Kind == SyntaxKind.PunctuationToken && TextOf(close - 1) is "," or "?" or "!";
            if (next < to && IsComma(next))
            {
                next++;
            }
            else if (!commaInside)
            {
                continue;
            }

            if (next >= to || !IsWord(next))
            {
                continue;
            }

            int sourceFrom, sourceTo, cueFrom, cueTo;
            if (char.IsLower(_text[_starts[next]]) && MatchWords(_vocabulary.SpeechVerbs, next, to, out var verbEnd) > 0)
            {
                // "… ,” said Pompeo."
                (cueFrom, cueTo) = (next, verbEnd);
                sourceFrom = cueTo;
                sourceTo = ReadSourceAfter(sourceFrom, to);
            }
            else
            {
                // "… ,” Pompeo (also) said."
                sourceFrom = next;
                sourceTo = ReadSourceAfter(sourceFrom, to);
                cueFrom = sourceTo;
                while (cueFrom < to && IsWord(cueFrom) && _vocabulary.CueAuxiliaries.ContainsWord(TextOf(cueFrom)))
                {
                    cueFrom++;
                }

                if (cueFrom >= to || !IsWord(cueFrom) || !char.IsLower(_text[_starts[cueFrom]])
                    || MatchWords(_vocabulary.SpeechVerbs, cueFrom, to, out cueTo) == 0)
                {
                    continue;
                }

                cueFrom = sourceTo;
            }

            if (sourceTo <= sourceFrom || !IsClaimSource(from, sourceFrom, sourceTo))
            {
                continue;
            }

            // The attribution ends the sentence or a clause: "…,” he said." or "…,” he said, “…”".
            var end = Math.Max(sourceTo, cueTo);
            if (end < to && !(IsComma(end) || IsTerminalMark(end)))
            {
                continue;
            }

            return new Attribution(sourceFrom, sourceTo, cueFrom, cueTo, open, close + 1);
        }

        return null;
    }

    // ---- Content ----------------------------------------------------------------------------------

    /// <summary>Completes an attribution with its content: after a colon, after "that", or straight after the cue.</summary>
    private Attribution? WithContent(int sourceFrom, int sourceTo, int cueFrom, int cueTo, int to, Dictionary<int, int> pairs, bool objectCue)
    {
        var start = cueTo;
        if (start < to && IsColon(start))
        {
            start++;
        }
        else if (start < to && IsWord(start) && AdjunctsUpToComma(start, to) is var comma and >= 0 && sourceFrom - 1 >= _sentenceFrom
            && (IsWordText(sourceFrom - 1, "as") || IsWordText(sourceFrom - 1, "like")))
        {
            // "As many media noted in their reports, the DPRK …" reports the clause after the comma; in the middle of a
            // sentence (", as many media noted in their reports,") the clause refers back to what was said.
            if (!(sourceFrom - 1 == _sentenceFrom || (sourceFrom - 2 >= _sentenceFrom && IsNonSourceWord(TextOf(sourceFrom - 2)))))
            {
                return new Attribution(sourceFrom, sourceTo, cueFrom, cueTo, cueTo, cueTo);
            }

            start = comma + 1;
        }
        else if (start + 1 < to && IsComma(start) && _tokens[start + 1].Kind == SyntaxKind.OpenQuoteToken)
        {
            start++; // "Pompeo said, “…”"
        }
        else if (start + 1 < to && IsComma(start) && IsWord(start + 1) && _vocabulary.CueAdjuncts.ContainsWord(TextOf(start + 1))
            && FindThat(start + 1, to, pairs) is var afterComma and >= 0)
        {
            start = afterComma + 1; // "The President said, in his remarks this morning, that …"
        }
        else if (start + 1 < to && IsComma(start) && IsWord(start + 1) && OpensItsClause(sourceFrom))
        {
            start++; // "Just like you said, the forum was …", "And he said, you know, we can sustain this".
        }
        else if (start < to && IsComma(start) && RefersBack(sourceFrom) && !Splits(sourceFrom, sourceTo, pairs))
        {
            return new Attribution(sourceFrom, sourceTo, cueFrom, cueTo, cueTo, cueTo); // "comes, as you just said, 11 days into …"
        }
        else if (start < to && IsComma(start))
        {
            return null; // "the case you mentioned, China's position …": what follows the comma is not what was said.
        }
        else if (start < to && IsWordText(start, "that"))
        {
            start++;
        }
        else if (start < to && IsWord(start) && (objectCue || _vocabulary.CueAdjuncts.ContainsWord(TextOf(start)))
            && FindThat(start, to, pairs) is var that and >= 0)
        {
            start = that + 1;
        }

        var end = to;
        while (end > start && IsTrailingMark(end - 1))
        {
            end--;
        }

        // A quotation opened inside the content is wholly inside it.
        foreach (var (open, close) in _sentencePairs)
        {
            if (open >= start && open < end && close >= end)
            {
                end = Math.Min(close + 1, to);
            }
        }

        // "In response to media queries, the MFA Spokesperson said:" ends its paragraph; what was said is the next one.
        if (start == to && IsColon(to - 1) && cueTo == to - 1 && !Splits(sourceFrom, sourceTo, pairs))
        {
            return new Attribution(sourceFrom, sourceTo, cueFrom, cueTo, to, to);
        }

        // "We welcome what he said and hope …": a conjunction after the cue starts no content.
        if (start < end && IsWord(start) && (IsWordText(start, "and") || IsWordText(start, "or") || IsWordText(start, "but")))
        {
            return null;
        }

        // "such a thing as you mentioned.", "the two phone calls that the US side talked about.": what was said is what the
        // clause refers to, and nothing follows the cue.
        if (!HasWord(start, end) && start >= cueTo && RefersBack(sourceFrom) && !Splits(sourceFrom, sourceTo, pairs) && !Splits(cueFrom, cueTo, pairs))
        {
            return new Attribution(sourceFrom, sourceTo, cueFrom, cueTo, cueTo, cueTo);
        }

        if (!HasWord(start, end) || Splits(start, end, pairs) || Splits(sourceFrom, sourceTo, pairs) || Splits(cueFrom, cueTo, pairs))
        {
            return null;
        }

        return new Attribution(sourceFrom, sourceTo, cueFrom, cueTo, start, end);
    }

    /// <summary>True when a "to" follows the cue's object before any mark but a comma: "called on Japan to …".</summary>
    private bool HasInfinitive(int cueTo, int to)
    {
        for (var i = cueTo; i < to && i < cueTo + MaxAdjunctTokens; i++)
        {
            if (IsWordText(i, "to"))
            {
                return i > cueTo;
            }

            if (!IsWord(i) && !IsComma(i) && _tokens[i].Kind is not SyntaxKind.ApostropheToken)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the source follows "as", "like" or a relative "that": the clause points at something said before.</summary>
    private bool RefersBack(int sourceFrom) =>
        sourceFrom - 1 > _sentenceFrom && (IsWordText(sourceFrom - 1, "as") || IsWordText(sourceFrom - 1, "like") || IsWordText(sourceFrom - 1, "that"));

    /// <summary>The comma that ends the cue's adjuncts ("noted in their reports,"), or -1 when other words or marks come first.</summary>
    private int AdjunctsUpToComma(int from, int to)
    {
        if (!_vocabulary.CueAdjuncts.ContainsWord(TextOf(from)))
        {
            return -1;
        }

        for (var i = from + 1; i < to && i < from + MaxAdjunctTokens; i++)
        {
            if (IsComma(i))
            {
                return i;
            }

            if (!IsWord(i) && _tokens[i].Kind is not (SyntaxKind.NumberToken or SyntaxKind.DateToken or SyntaxKind.ApostropheToken))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The "that" after a cue's adjuncts ("said on Sunday at the Dialogue that"), or -1.</summary>
    private int FindThat(int from, int to, Dictionary<int, int> pairs)
    {
        for (var i = from; i < to && i < from + MaxAdjunctTokens; i++)
        {
            var kind = _tokens[i].Kind;
            if (kind == SyntaxKind.WordToken && IsWordText(i, "that"))
            {
                // "noted media reports on that, and …": a "that" before a mark is a pronoun, not the clause's opening.
                return i + 1 < to && (IsWord(i + 1) || _tokens[i + 1].Kind is SyntaxKind.NumberToken or SyntaxKind.OpenQuoteToken) ? i : -1;
            }

            if (kind is SyntaxKind.OpenQuoteToken or SyntaxKind.CloseQuoteToken || (kind == SyntaxKind.PunctuationToken && !IsComma(i) && TextOf(i) is not "." and not "-")
                || pairs.ContainsKey(i))
            {
                return -1;
            }

            // Another cue starts another report; not a noun after a determiner ("in their reports, …").
            if (kind == SyntaxKind.WordToken && char.IsLower(_text[_starts[i]]) && _vocabulary.SpeechVerbs.ContainsWord(TextOf(i))
                && !(IsWord(i - 1) && IsDeterminer(TextOf(i - 1))))
            {
                return -1;
            }
        }

        return -1;
    }

    // ---- Sources ----------------------------------------------------------------------------------

    /// <summary>
    /// The source noun phrase that ends at <paramref name="end"/> (exclusive): a pronoun, or a run of names, titles,
    /// head nouns, modifiers and connectors ("the Ministry of Foreign Affairs", "Italy's Prime Minister Giuseppe Conte"),
    /// or a name with an apposition ("Ross, the Commerce Secretary,").
    /// </summary>
    private (int From, int To)? ReadSourceBefore(int from, int end)
    {
        var last = end - 1;
        if (last < from)
        {
            return null;
        }

        if (IsComma(last))
        {
            return ReadAppositionSource(from, last);
        }

        if (!IsWord(last))
        {
            return null;
        }

        if (IsPronoun(last))
        {
            return (last, end);
        }

        var start = ReadPhraseBefore(from, last);
        return start < 0 ? null : (start, end);
    }

    /// <summary>"Ross, the Commerce Secretary, said": the name and its apposition, up to the comma before the cue.</summary>
    private (int From, int To)? ReadAppositionSource(int from, int comma)
    {
        var opening = -1;
        for (var i = comma - 1; i > from && i >= comma - MaxSourceTokens; i--)
        {
            if (IsComma(i))
            {
                opening = i;
                break;
            }
        }

        if (opening < 0 || opening + 1 >= comma || !IsWord(opening + 1) || !(IsWord(comma - 1) || _tokens[comma - 1].Kind == SyntaxKind.NumberToken))
        {
            return null;
        }

        // "the Commerce Secretary", "a professor at the National University of Singapore": an article, then words only.
        var article = TextOf(opening + 1);
        if (!(article.Equals("the", StringComparison.OrdinalIgnoreCase) || article.Equals("a", StringComparison.OrdinalIgnoreCase)
            || article.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        for (var i = opening + 1; i < comma; i++)
        {
            if (!IsWord(i) && _tokens[i].Kind is not (SyntaxKind.ApostropheToken or SyntaxKind.NumberToken))
            {
                return null;
            }

            if (IsWord(i) && char.IsLower(_text[_starts[i]]) && _vocabulary.SpeechVerbs.ContainsWord(TextOf(i)))
            {
                return null;
            }
        }

        if (!IsWord(opening - 1) || !char.IsUpper(_text[_starts[opening - 1]]))
        {
            return null;
        }

        var name = ReadPhraseBefore(from, opening - 1);
        return name < 0 ? null : (name, comma);
    }

    /// <summary>The first token of the phrase whose last word is <paramref name="last"/>, or -1 when that word heads none.</summary>
    private int ReadPhraseBefore(int from, int last)
    {
        if (!IsHead(last))
        {
            return -1;
        }

        var start = last;
        for (var i = last - 1; i >= from && last - i < MaxSourceTokens; i--)
        {
            var kind = _tokens[i].Kind;
            if (kind != SyntaxKind.WordToken)
            {
                break;
            }

            var word = TextOf(i);
            if (start == i + 1 && word is "s" && i - 2 >= from && _tokens[i - 1].Kind == SyntaxKind.ApostropheToken && IsAttached(i - 1) && IsAttached(i) && IsWord(i - 2))
            {
                // "Italy's Prime Minister": the possessive's owner is part of the source.
                start = i - 2;
                i -= 2;
                continue;
            }

            if (char.IsUpper(word[0]))
            {
                if (IsDeterminer(word))
                {
                    start = i; // "The", "A", "Some": a determiner opens the phrase.
                    break;
                }

                if (IsNonSourceWord(word) || IsFirstPerson(word))
                {
                    break;
                }

                start = i;
                if (_vocabulary.SourceModifiers.ContainsWord(word) && IsDeterminer(word))
                {
                    break; // "The", "Some", "A": a determiner opens the phrase.
                }

                continue;
            }

            if (_vocabulary.SourceHeadNouns.ContainsWord(word))
            {
                start = i;
                continue;
            }

            if (_vocabulary.SourceModifiers.ContainsWord(word))
            {
                start = i;
                if (IsDeterminer(word) && !(i - 1 >= from && IsWord(i - 1) && _vocabulary.NameConnectors.ContainsWord(TextOf(i - 1)) && char.IsLower(TextOf(i - 1)[0])))
                {
                    break;
                }

                continue;
            }

            // "an Iranian health official": a common noun after a name belongs to the phrase it heads.
            if (IsHead(i) && i - 1 >= from && IsWord(i - 1) && char.IsUpper(_text[_starts[i - 1]]))
            {
                start = i;
                continue;
            }

            // "Secretary of State", "the US and the UK", "The Human Rights Watch in New York": a connector between names.
            if (_vocabulary.NameConnectors.ContainsWord(word) && i - 1 >= from && IsWord(i - 1) && IsNameOrHead(i - 1) && OpensName(i + 1))
            {
                start = i;
                continue;
            }

            break;
        }

        // A phrase opens with neither a connector nor a lone possessive.
        while (start < last && IsWord(start) && char.IsLower(_text[_starts[start]]) && _vocabulary.NameConnectors.ContainsWord(TextOf(start)) && !IsDeterminer(TextOf(start)))
        {
            start++;
        }

        return start;
    }

    /// <summary>A capitalised word or a head noun: what may stand left of a connector inside a source.</summary>
    private bool IsNameOrHead(int index) => char.IsUpper(_text[_starts[index]]) || _vocabulary.SourceHeadNouns.ContainsWord(TextOf(index));

    /// <summary>A capitalised word, or "the" before one: what may stand right of a connector inside a source.</summary>
    private bool OpensName(int index) =>
        IsWord(index) && (char.IsUpper(_text[_starts[index]]) || (IsWordText(index, "the") && IsWord(index + 1) && char.IsUpper(_text[_starts[index + 1]])));

    /// <summary>The end (exclusive) of a source that starts at <paramref name="from"/>, read forwards (inverted attribution).</summary>
    private int ReadSourceAfter(int from, int to)
    {
        if (from >= to || !IsWord(from))
        {
            return from;
        }

        if (IsPronoun(from))
        {
            return from + 1;
        }

        var end = from;
        for (var i = from; i < to && i - from < MaxSourceTokens; i++)
        {
            if (!IsWord(i))
            {
                break;
            }

            var word = TextOf(i);
            if (char.IsLower(word[0]) && _vocabulary.SpeechVerbs.ContainsWord(word))
            {
                break;
            }

            var part = char.IsUpper(word[0])
                ? !IsNonSourceWord(word)
                : _vocabulary.SourceHeadNouns.ContainsWord(word) || _vocabulary.SourceModifiers.ContainsWord(word)
                    || (_vocabulary.NameConnectors.ContainsWord(word) && i + 1 < to && IsWord(i + 1));
            if (!part)
            {
                break;
            }

            end = i + 1;
        }

        while (end > from && !IsHead(end - 1))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Whether a phrase read as a source makes a claim: not the speaker's own ("I", "we"), not after "as" ("as Pompeo said"),
    /// and holding a name, a head noun or a pronoun.
    /// </summary>
    private bool IsClaimSource(int sentenceFrom, int sourceFrom, int sourceTo)
    {
        if (sourceTo <= sourceFrom)
        {
            return false;
        }

        // "whether he said", and questions and modals: "did he say", "would you say".
        var before = sourceFrom - 1;
        if (before >= sentenceFrom && IsWord(before)
            && (_vocabulary.NonClaimOpeners.ContainsWord(TextOf(before)) || _vocabulary.NonReportingAuxiliaries.ContainsWord(TextOf(before))))
        {
            return false;
        }

        var hasHead = false;
        for (var i = sourceFrom; i < sourceTo; i++)
        {
            if (!IsWord(i))
            {
                continue;
            }

            var word = TextOf(i);
            if (IsFirstPerson(word))
            {
                return false;
            }

            hasHead |= IsHead(i);
        }

        return hasHead;
    }

    /// <summary>A word that can end a source: a name, a head noun or a pronoun.</summary>
    private bool IsHead(int index)
    {
        if (!IsWord(index))
        {
            return false;
        }

        var word = TextOf(index);
        if (char.IsUpper(word[0]))
        {
            return !IsNonSourceWord(word) && !IsFirstPerson(word)
                && !(_vocabulary.SourceModifiers.ContainsWord(word) && IsDeterminer(word));
        }

        // "A Fox News host", "Hong Kong residents": a common noun after a name heads the phrase.
        return _vocabulary.SourceHeadNouns.ContainsWord(word) || IsPronoun(index)
            || (index > 0 && IsWord(index - 1) && char.IsUpper(_text[_starts[index - 1]]) && !IsNonSourceWord(TextOf(index - 1))
                && !IsFirstPerson(TextOf(index - 1)) && !_vocabulary.CueAuxiliaries.ContainsWord(word) && !_vocabulary.NameConnectors.ContainsWord(word)
                && !_vocabulary.SourceModifiers.ContainsWord(word) && _tokens[index].LeadingTrivia.Length + _tokens[index - 1].TrailingTrivia.Length > 0);
    }

    /// <summary>True when the source opens its sentence (after "And", "So" and the like) or follows "as" or "like".</summary>
    private bool OpensItsClause(int sourceFrom)
    {
        var before = sourceFrom - 1;
        if (before >= 0 && (IsWordText(before, "as") || IsWordText(before, "like")))
        {
            return true;
        }

        while (before >= _sentenceFrom && IsWord(before) && IsNonSourceWord(TextOf(before)))
        {
            before--;
        }

        return before < _sentenceFrom;
    }

    private static bool IsFormOfBe(ReadOnlySpan<char> word) =>
        word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase)
        || word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("were", StringComparison.OrdinalIgnoreCase)
        || word.Equals("been", StringComparison.OrdinalIgnoreCase) || word.Equals("be", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Meanwhile", "Also"; not "WHO", which is a name.</summary>
    private bool IsNonSourceWord(ReadOnlySpan<char> word) => _vocabulary.NonSourceWords.ContainsWord(word) && (word.Length == 1 || !IsAllUpper(word));

    /// <summary>"I", "we", "We", "our"; not "US", which is a name.</summary>
    private bool IsFirstPerson(ReadOnlySpan<char> word) =>
        _vocabulary.FirstPersonWords.ContainsWord(word) && (word.Length == 1 || !IsAllUpper(word));

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsPronoun(int index) => IsWord(index) && _vocabulary.SourcePronouns.ContainsWord(TextOf(index));

    private static bool IsPossessivePronoun(ReadOnlySpan<char> word) =>
        word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase);

    private bool IsPossessivePronoun(int index) => IsPossessivePronoun(TextOf(index));

    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("some", StringComparison.OrdinalIgnoreCase)
        || word.Equals("many", StringComparison.OrdinalIgnoreCase) || word.Equals("certain", StringComparison.OrdinalIgnoreCase)
        || word.Equals("several", StringComparison.OrdinalIgnoreCase) || word.Equals("both", StringComparison.OrdinalIgnoreCase)
        || word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("these", StringComparison.OrdinalIgnoreCase)
        || word.Equals("those", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase)
        || IsPossessivePronoun(word) || word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("your", StringComparison.OrdinalIgnoreCase)
        || word.Equals("our", StringComparison.OrdinalIgnoreCase);

    /// <summary>Cues whose object comes before their content: "told Reuters that", "warned Beijing that", "accused China of".</summary>
    private bool IsObjectCue(int verb)
    {
        var word = TextOf(verb);
        return word.StartsWith("told", StringComparison.OrdinalIgnoreCase) || word.StartsWith("tell", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("warn", StringComparison.OrdinalIgnoreCase) || word.StartsWith("remind", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("assur", StringComparison.OrdinalIgnoreCase);
    }

    // ---- Tokens -----------------------------------------------------------------------------------

    /// <summary>The words of a phrase of <paramref name="set"/> starting at <paramref name="index"/>; <paramref name="end"/> is the token after it.</summary>
    private int MatchWords(PhraseSet set, int index, int to, out int end)
    {
        end = index;
        Span<Range> words = stackalloc Range[MaxCueWords];
        var count = 0;
        for (var i = index; i < to && count < MaxCueWords && IsWord(i); i++)
        {
            words[count++] = new Range(_starts[i], _starts[i] + _tokens[i].Width);
        }

        var length = set.MatchPrefix(_text, words[..count]);
        end = index + length;
        return length;
    }

    private bool InsideQuotation(int index, Dictionary<int, int> pairs)
    {
        foreach (var (open, close) in _sentencePairs)
        {
            if (open < index && index < close)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when [from, to) cuts a quotation in two.</summary>
    private bool Splits(int from, int to, Dictionary<int, int> pairs)
    {
        foreach (var (open, close) in _sentencePairs)
        {
            // A closing mark at the sentence's end or past it stands for one that is missing there (a quotation run on).
            var openInside = open >= from && open < to;
            var closeInside = close >= from && (close < to || (to == _sentenceTo && close >= _sentenceTo));
            if (openInside != closeInside && !(open < from && close >= to))
            {
                return true;
            }
        }

        return false;
    }

    private int NextWord(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsWord(i))
            {
                return i;
            }

            if (!IsComma(i))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool HasWord(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind is SyntaxKind.WordToken or SyntaxKind.NumberToken or SyntaxKind.DateToken or SyntaxKind.OpenQuoteToken)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTrailingMark(int index) =>
        _tokens[index].Kind == SyntaxKind.PunctuationToken && TextOf(index) is "." or "?" or "!" or "…" or "..." or ";" or "," or ":";

    private bool IsTerminalMark(int index) =>
        _tokens[index].Kind == SyntaxKind.PunctuationToken && TextOf(index) is "." or "?" or "!" or "…" or "..." or ";";

    /// <summary>No space between the token and the one before it: the ’ of "Italy’s".</summary>
    private bool IsAttached(int index) => index > 0 && _tokens[index].LeadingTrivia.Length == 0 && _tokens[index - 1].TrailingTrivia.Length == 0;

    private bool IsWord(int index) => index >= 0 && index < _tokens.Count && _tokens[index].Kind == SyntaxKind.WordToken;

    private bool IsComma(int index) => _tokens[index].Kind == SyntaxKind.PunctuationToken && TextOf(index) is ",";

    private bool IsColon(int index) => _tokens[index].Kind == SyntaxKind.PunctuationToken && TextOf(index) is ":";

    private bool IsWordText(int index, string word) => IsWord(index) && TextOf(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> TextOf(int index) => _text.AsSpan(_starts[index], _tokens[index].Width);
}
