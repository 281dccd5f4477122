using System.Collections.Immutable;
using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>
/// Reads every reported claim of a document: groups each source with its cue and content, normalises the source
/// (resolving pronouns to the nearest fitting source), finds the reporting turn and side, what answers the claim,
/// and whether the document contests its source.
/// </summary>
internal static class ClaimAnalysis
{
    private static readonly SyntaxKindSet s_nodes = SyntaxKindSet.Of(
        SyntaxKind.Paragraph, SyntaxKind.Claim, SyntaxKind.Rebuttal, SyntaxKind.ClaimSource, SyntaxKind.ClaimCue, SyntaxKind.ClaimContent);

    public static ImmutableArray<ReportedClaim> Analyze(SemanticModel model, RebuttalWindow window)
    {
        var vocabulary = model.Vocabulary;
        var (groups, events, eventIndex) = Collect(model.Tree.Root);
        var drafts = new List<Draft>(groups.Count);
        foreach (var group in groups)
        {
            if (group.Source is null || group.Cue is null)
            {
                continue;
            }

            var holder = Ancestor(group.Source, SyntaxKind.Claim) ?? Ancestor(group.Source, SyntaxKind.Rebuttal);
            if (holder is null)
            {
                continue;
            }

            var words = SourceWords(group.Source);
            drafts.Add(new Draft(holder, group.Source, group.Cue, group.Content, words, model.GetTurn(holder)));
        }

        // Keys in document order, so that a pronoun takes the nearest source before it.
        var keys = new string[drafts.Count];
        var isPerson = new bool[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Words.Count == 1 && vocabulary.IsPronounSource(draft.Words[0]))
            {
                keys[i] = ResolvePronoun(model, draft, drafts, keys, isPerson, i);
                isPerson[i] = draft.Words[0].Equals("he", StringComparison.OrdinalIgnoreCase) || draft.Words[0].Equals("she", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            (keys[i], isPerson[i]) = Normalize(draft.Words, vocabulary);
        }

        var home = HomeSource(model, drafts, keys);
        var answers = new SyntaxNode?[drafts.Count];
        var sides = new ClaimSide[drafts.Count];
        var firstRebuttals = new Dictionary<TurnSyntax, SyntaxNode?>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            sides[i] = home is not null && keys[i] == home && draft.Turn is not { Role: SpeakerRole.Questioner } ? ClaimSide.Own : SideOf(model, draft, keys[i]);
            answers[i] = draft.Turn is { Role: SpeakerRole.Questioner } asked
                ? AnsweringTurn(model, asked, firstRebuttals)
                : FollowingRebuttal(draft.Holder, events, eventIndex, window);
        }

        // A source is contested when the text rebuts one of its claims right after it, or configuration says so. An answer
        // turn's rebuttal need not answer the question's claim ("But let me say …"), so it contests nothing by itself.
        var rebutted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            // A claim quoted inside a rebuttal ("But, as the President said, …") is part of the answer, not what it answers.
            // Only a rebutted claim whose cue frames it as contestable ("claimed", "accused") makes its source contested:
            // "Prime Minister Lee noted … However, …" goes on with his own reasoning more often than it answers him.
            if (answers[i] is RebuttalSyntax && sides[i] == ClaimSide.Other && drafts[i].Turn is not { Role: SpeakerRole.Questioner }
                && drafts[i].Holder is ClaimSyntax && !IsPronoun(drafts[i].Words, model.Vocabulary)
                && IsHostile(drafts[i].Cue, model.Vocabulary))
            {
                rebutted.Add(keys[i]);
            }
        }

        var result = ImmutableArray.CreateBuilder<ReportedClaim>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var document = draft.Source.Citation is { } citation ? model.GetCitedDocument(citation) : null;
            var contested = sides[i] == ClaimSide.Other && draft.Holder is ClaimSyntax
                && (document is not null || rebutted.Contains(keys[i]) || NamesAny(draft.Words, model.Options.Contested));
            result.Add(new ReportedClaim(
                draft.Holder, draft.Source, draft.Cue, draft.Content, keys[i], draft.Turn, sides[i], answers[i], contested, document,
                IsVague(draft.Words, document, vocabulary),
                IsHostile(draft.Cue, vocabulary),
                IsAsserting(draft.Cue, vocabulary),
                IsSupport(draft.Source, vocabulary)));
        }

        return result.MoveToImmutable();
    }

    // ---- Grouping ---------------------------------------------------------------------------------

    private sealed class PartGroup
    {
        public ClaimSourceSyntax? Source { get; set; }

        public ClaimCueSyntax? Cue { get; set; }

        public ClaimContentSyntax? Content { get; set; }

        public bool Has(SyntaxKind kind) => kind switch
        {
            SyntaxKind.ClaimSource => Source is not null,
            SyntaxKind.ClaimCue => Cue is not null,
            _ => Content is not null,
        };
    }

    private sealed record Draft(SyntaxNode Holder, ClaimSourceSyntax Source, ClaimCueSyntax Cue, ClaimContentSyntax? Content, List<string> Words, SpeakerTurn? Turn);

    /// <summary>An answering candidate or a claim, with its scope (turn or body) and paragraph number in that scope.</summary>
    private sealed record Event(SyntaxNode Node, SyntaxNode Scope, int Paragraph);

    /// <summary>
    /// The parts in groups of one source, one cue and at most one content, in text order: the parts of one attribution
    /// are siblings, side by side ("Pompeo said that …", "“…,” said Pompeo"), so a part of a kind the group already
    /// holds starts the next one.
    /// </summary>
    private static (List<PartGroup> Groups, List<Event> Events, Dictionary<SyntaxNode, int> EventIndex) Collect(DocumentSyntax root)
    {
        var groups = new List<PartGroup>();
        var open = new Dictionary<SyntaxNode, PartGroup>(ReferenceEqualityComparer.Instance);
        var events = new List<Event>();
        var eventIndex = new Dictionary<SyntaxNode, int>(ReferenceEqualityComparer.Instance);
        var paragraphNumbers = new Dictionary<SyntaxNode, int>(ReferenceEqualityComparer.Instance);
        var paragraphCounts = new Dictionary<SyntaxNode, int>(ReferenceEqualityComparer.Instance);
        foreach (var node in root.DescendantNodes(s_nodes))
        {
            switch (node.Kind)
            {
                case SyntaxKind.Paragraph:
                {
                    var scope = ClaimPairing.Scope(node);
                    var count = paragraphCounts.GetValueOrDefault(scope);
                    paragraphNumbers[node] = count;
                    paragraphCounts[scope] = count + 1;
                    break;
                }

                case SyntaxKind.Claim or SyntaxKind.Rebuttal:
                {
                    var paragraph = Ancestor(node, SyntaxKind.Paragraph);
                    var number = paragraph is not null && paragraphNumbers.TryGetValue(paragraph, out var n) ? n : -1;
                    eventIndex[node] = events.Count;
                    events.Add(new Event(node, ClaimPairing.Scope(node), number));
                    break;
                }

                default:
                {
                    var parent = node.Parent!;
                    if (!open.TryGetValue(parent, out var group) || group.Has(node.Kind))
                    {
                        group = new PartGroup();
                        groups.Add(group);
                        open[parent] = group;
                    }

                    switch (node)
                    {
                        case ClaimSourceSyntax source:
                            group.Source = source;
                            break;
                        case ClaimCueSyntax cue:
                            group.Cue = cue;
                            break;
                        case ClaimContentSyntax content:
                            group.Content = content;
                            break;
                    }

                    break;
                }
            }
        }

        return (groups, events, eventIndex);
    }

    // ---- Sources ----------------------------------------------------------------------------------

    /// <summary>The words of a source, without the "s" of a possessive: "Italy's Prime Minister Conte" gives Italy, Prime, Minister, Conte.</summary>
    private static List<string> SourceWords(ClaimSourceSyntax source)
    {
        var words = new List<string>();
        var afterApostrophe = false;
        foreach (var token in source.DescendantTokens())
        {
            if (token.Kind == SyntaxKind.WordToken && !(afterApostrophe && token.Text.Equals("s", StringComparison.OrdinalIgnoreCase)))
            {
                words.Add(token.Text);
            }

            afterApostrophe = token.Kind == SyntaxKind.ApostropheToken;
        }

        return words;
    }

    /// <summary>
    /// A source's key: a person's surname when the phrase ends in a name ("US Secretary of State Mike Pompeo" → "pompeo"),
    /// else the phrase in lower case without determiners ("the US State Department" → "us state department").
    /// </summary>
    internal static (string Key, bool IsPerson) Normalize(IReadOnlyList<string> words, Vocabulary vocabulary)
    {
        var kept = words.Where(w => !IsDeterminer(w)).ToList();
        if (kept.Count == 0)
        {
            return (string.Join(' ', words).ToLowerInvariant(), false);
        }

        var last = kept[^1];
        var isName = char.IsUpper(last[0]) && !IsAllUpper(last) && !vocabulary.SourceHeadNouns.ContainsWord(last)
            && !vocabulary.Honorifics.ContainsWord(last) && !vocabulary.DocumentTypeNouns.ContainsWord(last);
        return isName && kept.Count > 1
            ? (last.ToLowerInvariant(), true)
            : (string.Join(' ', kept).ToLowerInvariant(), isName);
    }

    /// <summary>"he" and "she" take the nearest person before them, "it" the nearest organisation or document, "they" the nearest source; "you" in a question is the answering speaker.</summary>
    private static string ResolvePronoun(SemanticModel model, Draft draft, List<Draft> drafts, string[] keys, bool[] isPerson, int index)
    {
        var pronoun = draft.Words[0].ToLowerInvariant();
        if (pronoun == "you")
        {
            if (draft.Turn is { Role: SpeakerRole.Questioner } asked && asked.Index + 1 < model.Turns.Length)
            {
                return Surname(model.Turns[asked.Index + 1].SpeakerKey);
            }

            return pronoun;
        }

        for (var i = index - 1; i >= 0; i--)
        {
            if (drafts[i].Words.Count == 1 && model.Vocabulary.IsPronounSource(drafts[i].Words[0]))
            {
                continue;
            }

            var fits = pronoun switch
            {
                "he" or "she" => isPerson[i],
                "it" => !isPerson[i],
                _ => true,
            };
            if (fits)
            {
                return keys[i];
            }
        }

        return pronoun;
    }

    /// <summary>True when a word of the cue is a hostile cue: "has repeatedly claimed", "accused".</summary>
    private static bool IsHostile(ClaimCueSyntax cue, Vocabulary vocabulary)
    {
        foreach (var token in cue.DescendantTokens(SyntaxKind.WordToken))
        {
            if (vocabulary.HostileCues.ContainsWord(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the cue's verb reports an assertion: "has repeatedly said", "told reporters".</summary>
    private static bool IsAsserting(ClaimCueSyntax cue, Vocabulary vocabulary)
    {
        var words = cue.DescendantTokens(SyntaxKind.WordToken).Select(t => t.Text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (vocabulary.AssertingCues.MatchPrefix(words, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word before the source cites it in support: "as the Plan points out", "like Jake said".</summary>
    private static bool IsSupport(ClaimSourceSyntax source, Vocabulary vocabulary) =>
        source.FirstToken() is { } first && first.GetPreviousToken() is { Kind: SyntaxKind.WordToken } previous
        && vocabulary.SupportMarkers.ContainsWord(previous.Text);

    private static bool IsPronoun(List<string> words, Vocabulary vocabulary) => words.Count == 1 && vocabulary.IsPronounSource(words[0]);

    private static string Surname(string speakerKey)
    {
        var space = speakerKey.LastIndexOf(' ');
        return space < 0 ? speakerKey : speakerKey[(space + 1)..];
    }

    /// <summary>
    /// The source a document speaks for without saying so: the one its answers and statements report most ("China has
    /// stated …" in an MFA answer, "the President has said …" in a White House briefing, "Prime Minister Lee noted …" in a
    /// readout), when it is reported at least three times and more often than any other. Null when none stands out.
    /// </summary>
    private static string? HomeSource(SemanticModel model, List<Draft> drafts, string[] keys)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].Turn is not { Role: SpeakerRole.Questioner } && drafts[i].Source.Citation is null && !IsPronoun(drafts[i].Words, model.Vocabulary))
            {
                counts[keys[i]] = counts.GetValueOrDefault(keys[i]) + 1;
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value).Take(2).ToList();
        return ranked.Count > 0 && ranked[0].Value >= 3 && (ranked.Count == 1 || ranked[0].Value > ranked[1].Value) ? ranked[0].Key : null;
    }

    /// <summary>Own when the source is the reporting speaker or names the configured own side; every source in a question is another's.</summary>
    private static ClaimSide SideOf(SemanticModel model, Draft draft, string key)
    {
        if (draft.Turn is { Role: SpeakerRole.Questioner })
        {
            return ClaimSide.Other;
        }

        if (draft.Turn is { } turn && (key == Surname(turn.SpeakerKey) || key == turn.SpeakerKey))
        {
            return ClaimSide.Own;
        }

        return NamesAny(draft.Words, model.Options.OwnSide) ? ClaimSide.Own : ClaimSide.Other;
    }

    /// <summary>True when every word of one of <paramref name="names"/> is a word of the source ("China" names "the Chinese side" only when listed as "Chinese").</summary>
    private static bool NamesAny(List<string> words, ImmutableArray<string> names)
    {
        foreach (var name in names)
        {
            var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (nameWords.Length > 0 && nameWords.All(n => words.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A source that names no one: only lower-case words (but a capitalised first one) ending in a vague head, "some people", "critics".</summary>
    private static bool IsVague(List<string> words, CitedDocument? document, Vocabulary vocabulary)
    {
        if (document is not null || words.Count == 0 || !vocabulary.VagueSourceHeads.ContainsWord(words[^1]))
        {
            return false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (char.IsUpper(words[i][0]))
            {
                return false; // "some US politicians" names whose.
            }
        }

        // "the two countries", "both sides", "these reports" point back to someone the text has named.
        if (words[0].ToLowerInvariant() is "the" or "both" or "these" or "those" or "this" or "that" or "its" or "their" or "his" or "her"
            or "our" or "your" or "my" or "two" or "three" or "four" or "five")
        {
            return false;
        }

        return !char.IsUpper(words[0][0]) || IsDeterminer(words[0]) || vocabulary.VagueSourceHeads.ContainsWord(words[0])
            || vocabulary.SourceModifiers.ContainsWord(words[0]);
    }

    // ---- Answers ----------------------------------------------------------------------------------

    /// <summary>The answer turn after a question: its first rebuttal when it has one, else the turn itself.</summary>
    private static SyntaxNode? AnsweringTurn(SemanticModel model, SpeakerTurn asked, Dictionary<TurnSyntax, SyntaxNode?> firstRebuttals)
    {
        var turns = model.Turns;
        if (asked.Index + 1 >= turns.Length || turns[asked.Index + 1].Role != SpeakerRole.Answerer)
        {
            return null;
        }

        var answering = turns[asked.Index + 1].Turn;
        if (!firstRebuttals.TryGetValue(answering, out var answer))
        {
            answer = answering.DescendantNodes(SyntaxKind.Rebuttal).FirstOrDefault() ?? answering;
            firstRebuttals[answering] = answer;
        }

        return answer;
    }

    /// <summary>The rebuttal right after the claim's sentence, before any other claim, in its scope and within the window.</summary>
    private static SyntaxNode? FollowingRebuttal(SyntaxNode holder, List<Event> events, Dictionary<SyntaxNode, int> eventIndex, RebuttalWindow window)
    {
        if (!eventIndex.TryGetValue(holder, out var index) || index + 1 >= events.Count)
        {
            return null;
        }

        var claim = events[index];
        var next = events[index + 1];
        return next.Node is RebuttalSyntax && ReferenceEquals(next.Scope, claim.Scope) && ClaimPairing.Within(claim.Paragraph, next.Paragraph, window)
            ? next.Node
            : null;
    }

    // ---- Words ------------------------------------------------------------------------------------

    private static SyntaxNode? Ancestor(SyntaxNode node, SyntaxKind kind)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.Kind == kind)
            {
                return ancestor;
            }
        }

        return null;
    }

    private static bool IsDeterminer(string word) => word.ToLowerInvariant() is
        "the" or "a" or "an" or "some" or "many" or "certain" or "several" or "this" or "these" or "those" or "that"
        or "his" or "her" or "their" or "its";

    private static bool IsAllUpper(string word) => word.All(c => !char.IsLower(c));
}
