namespace Linter.Syntax;

/// <summary>
/// A set of words and multi-word phrases matched case-insensitively, word by word, so that
/// "In fact", "in  fact" and "IN FACT" all match without building strings.
/// </summary>
public sealed class PhraseSet
{
    // A Dictionary rather than a FrozenDictionary: a run builds a dozen of these sets at start-up, and
    // freezing (which analyses the keys to pick a hashing strategy) cost more there than its faster
    // lookups earn on a corpus.
    private readonly Dictionary<string, string[][]> _byFirstWord;
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Most words looked up are in no set: the parser asks for every capitalised word whether it is a
    // document noun, a connector or a language name. Masks answer most of those without hashing: the
    // lengths of the first words, the ASCII characters they start with and, for words that start with
    // two ASCII letters, those two letters; all as ignoring case compares them (char.ToUpperInvariant,
    // which never changes a length).
    private readonly ulong _firstWordLengths;
    private readonly ulong _initialsBelow64;
    private readonly ulong _initialsFrom64;

    // Bit n of entry m is set when a first word starts with the m-th and n-th letters of the alphabet.
    private readonly int[] _letterPairs = new int[26];

    // For first words that start with two ASCII letters, by their first letter: the lengths they have, and the letters
    // they end with (bit 26: some end in another character, which may equal a letter ignoring case, as 'ı' does 'I').
    // Together with the pairs they rule out most common words ("the", "and", "is") without hashing.
    private readonly ulong[] _lengthsByInitial = new ulong[26];
    private readonly int[] _finalsByInitial = new int[26];

    public PhraseSet(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        Phrases = phrases.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _byFirstWord = Phrases
            .Select(Split)
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(words => words.Length).ToArray(),
                StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var firstWord in _byFirstWord.Keys)
        {
            _firstWordLengths |= LengthBit(firstWord.Length);
            var initial = char.ToUpperInvariant(firstWord[0]);
            if (initial < 64)
            {
                _initialsBelow64 |= 1UL << initial;
            }
            else if (char.IsAscii(initial))
            {
                _initialsFrom64 |= 1UL << (initial - 64);
            }

            // A first word whose first two letters are not both ASCII ones ignoring case never equals a word whose are.
            var second = firstWord.Length >= 2 ? char.ToUpperInvariant(firstWord[1]) : '\0';
            if (char.IsAsciiLetterUpper(initial) && char.IsAsciiLetterUpper(second))
            {
                _letterPairs[initial - 'A'] |= 1 << (second - 'A');
                _lengthsByInitial[initial - 'A'] |= LengthBit(firstWord.Length);
                var final = firstWord[^1];
                _finalsByInitial[initial - 'A'] |= char.IsAsciiLetter(final) ? 1 << ((final | 0x20) - 'a') : 1 << 26;
            }
        }
    }

    /// <summary>The phrases as given, trimmed and without duplicates.</summary>
    public IReadOnlyList<string> Phrases { get; }

    public int Count => Phrases.Count;

    /// <summary>True when <paramref name="word"/> is a one-word entry.</summary>
    public bool ContainsWord(ReadOnlySpan<char> word)
    {
        if (!MayStartPhrase(word) || !_lookup.TryGetValue(word, out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Length == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some phrase of the set starts with <paramref name="word"/> (compared ignoring case).</summary>
    /// <remarks>A check that allocates nothing, for callers that would otherwise build a word list only to find no match.</remarks>
    public bool StartsAnyPhrase(ReadOnlySpan<char> word) => MayStartPhrase(word) && _lookup.ContainsKey(word);

    /// <summary>
    /// The number of words of the longest entry that matches the start of <paramref name="words"/>, or 0.
    /// </summary>
    public int MatchPrefix(IReadOnlyList<string> words, int start = 0)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (start >= words.Count || !MayStartPhrase(words[start]) || !_lookup.TryGetValue(words[start], out var candidates))
        {
            return 0;
        }

        foreach (var candidate in candidates)
        {
            if (start + candidate.Length > words.Count)
            {
                continue;
            }

            var matched = true;
            for (var i = 1; i < candidate.Length; i++)
            {
                if (!string.Equals(candidate[i], words[start + i], StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }
            }

            if (matched)
            {
                return candidate.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// As <see cref="MatchPrefix(IReadOnlyList{string}, int)"/> for words given as ranges of <paramref name="text"/>:
    /// a parser asks this of every candidate cue, and no string is made for the words it compares.
    /// </summary>
    public int MatchPrefix(ReadOnlySpan<char> text, ReadOnlySpan<Range> words)
    {
        if (words.IsEmpty)
        {
            return 0;
        }

        var first = text[words[0]];
        if (!MayStartPhrase(first) || !_lookup.TryGetValue(first, out var candidates))
        {
            return 0;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Length > words.Length)
            {
                continue;
            }

            var matched = true;
            for (var i = 1; i < candidate.Length; i++)
            {
                if (!candidate[i].AsSpan().Equals(text[words[i]], StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }
            }

            if (matched)
            {
                return candidate.Length;
            }
        }

        return 0;
    }

    /// <summary>True when the whole of <paramref name="words"/> is one entry.</summary>
    public bool MatchesExactly(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count > 0 && MatchPrefix(words) == words.Count;
    }

    /// <summary>False when no first word has the length or (for ASCII letters) the first and last letters of <paramref name="word"/>.</summary>
    private bool MayStartPhrase(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || (_firstWordLengths & LengthBit(word.Length)) == 0)
        {
            return false;
        }

        var initial = word[0];
        if (word.Length >= 2 && char.IsAsciiLetter(initial) && char.IsAsciiLetter(word[1]))
        {
            var letter = (initial | 0x20) - 'a';
            if ((_letterPairs[letter] & (1 << ((word[1] | 0x20) - 'a'))) == 0 || (_lengthsByInitial[letter] & LengthBit(word.Length)) == 0)
            {
                return false;
            }

            var final = word[^1];
            return !char.IsAsciiLetter(final) || (_finalsByInitial[letter] & ((1 << ((final | 0x20) - 'a')) | (1 << 26))) != 0;
        }

        // A non-ASCII initial can equal an ASCII one ignoring case ('ı' and 'I'), so only ASCII initials are ruled out.
        if (initial < 64)
        {
            return (_initialsBelow64 & (1UL << initial)) != 0;
        }

        if (char.IsAsciiLetterLower(initial))
        {
            initial = (char)(initial - ('a' - 'A'));
        }

        return !char.IsAscii(initial) || (_initialsFrom64 & (1UL << (initial - 64))) != 0;
    }

    // Lengths from 63 up share the last bit.
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static string[] Split(string phrase) =>
        phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
