using System.Collections.Immutable;
using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>Finds who speaks in each turn and whether they ask or answer.</summary>
internal static class SpeakerAnalysis
{
    public static ImmutableArray<SpeakerTurn> Analyze(DocumentSyntax root, Vocabulary vocabulary, string? title)
    {
        // A walk for turns only: it does not go into paragraphs, which never hold one.
        var turns = new List<TurnSyntax>();
        foreach (var node in root.Body.DescendantNodes(SyntaxKind.Turn))
        {
            turns.Add((TurnSyntax)node);
        }

        if (turns.Count == 0)
        {
            return [];
        }

        var keys = turns.Select(t => SpeakerKey(t.Label.Name, vocabulary)).ToList();
        var labelled = turns.Select(t => LabelRole(t.Label.Name, vocabulary)).ToList();

        // With question labels in the document ("Q:", "Follow-up:"), everyone named answers: the White House form.
        // Without them, outlets ask by name and one spokesperson answers them all: the China MFA form
        // ("Reuters: …?" then "Zhao Lijian: …"); a named speaker asks when the turn holds a question and the spokesperson speaks next.
        var spokesperson = labelled.Contains(SpeakerRole.Questioner) ? null : FindSpokesperson(keys, labelled, title);
        var result = ImmutableArray.CreateBuilder<SpeakerTurn>(turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            var role = labelled[i]
                ?? (spokesperson is not null && keys[i] != spokesperson && i + 1 < turns.Count && keys[i + 1] == spokesperson && AsksAQuestion(turns[i])
                    ? SpeakerRole.Questioner
                    : SpeakerRole.Answerer);
            result.Add(new SpeakerTurn(turns[i], i, keys[i], role));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Lower case, single spaces, leading honorifics removed ("MS. PSAKI" → "psaki"); the name itself when nothing else is left.</summary>
    public static string SpeakerKey(string name, Vocabulary vocabulary)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < words.Length - 1)
        {
            var honorific = vocabulary.Honorifics.MatchPrefix(words, start);
            if (honorific == 0 || start + honorific >= words.Length)
            {
                break;
            }

            start += honorific;
        }

        return string.Join(' ', words[start..]).ToLowerInvariant();
    }

    private static bool AsksAQuestion(TurnSyntax turn)
    {
        // The character rather than the token's Text, which would make a string of every mark of every turn.
        var text = turn.Tree.Text;
        foreach (var token in turn.DescendantTokens(SyntaxKind.PunctuationToken))
        {
            if (token.Width == 1 && text[token.Span.Start] is '?' or '？')
            {
                return true;
            }
        }

        return false;
    }

    private static SpeakerRole? LabelRole(string name, Vocabulary vocabulary)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (vocabulary.QuestionLabels.MatchesExactly(words))
        {
            return SpeakerRole.Questioner;
        }

        return vocabulary.AnswerLabels.MatchesExactly(words) ? SpeakerRole.Answerer : null;
    }

    /// <summary>
    /// The speaker the title names; else the named speaker with the most turns, and among equals the
    /// one who speaks first latest, as an answer follows its question. Null with fewer than two named speakers.
    /// </summary>
    private static string? FindSpokesperson(List<string> keys, List<SpeakerRole?> labelled, string? title)
    {
        var named = new Dictionary<string, (int Turns, int First)>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (labelled[i] is null)
            {
                named[keys[i]] = named.TryGetValue(keys[i], out var seen) ? (seen.Turns + 1, seen.First) : (1, i);
            }
        }

        if (named.Count < 2)
        {
            return null;
        }

        if (title is not null)
        {
            var inTitle = named.Keys.Where(k => ContainsWords(title, k)).ToList();
            if (inTitle.Count == 1)
            {
                return inTitle[0];
            }
        }

        return named.OrderByDescending(n => n.Value.Turns).ThenByDescending(n => n.Value.First).First().Key;
    }

    private static bool ContainsWords(string text, string words)
    {
        var index = text.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        return index >= 0
            && (index == 0 || !char.IsLetter(text[index - 1]))
            && (index + words.Length == text.Length || !char.IsLetter(text[index + words.Length]));
    }
}
