using CsCheck;

namespace Linter.Syntax.Tests;

public sealed class PhraseSetTests
{
    [Fact]
    public void StartsAnyPhraseKnowsFirstWordsIgnoringCaseAndNothingElse()
    {
        var set = new PhraseSet(["on the contrary", "however", "in fact"]);

        Assert.True(set.StartsAnyPhrase("On"));
        Assert.True(set.StartsAnyPhrase("HOWEVER"));
        Assert.True(set.StartsAnyPhrase("in"));
        Assert.False(set.StartsAnyPhrase("contrary"));
        Assert.False(set.StartsAnyPhrase("fact"));
        Assert.False(set.StartsAnyPhrase(string.Empty));
    }

    [Fact]
    public void StartsAnyPhraseHoldsWheneverMatchPrefixFindsAPhrase()
    {
        var set = new PhraseSet(["on the contrary", "however"]);

        Assert.Equal(3, set.MatchPrefix(["On", "the", "contrary", "we"]));
        Assert.True(set.StartsAnyPhrase("On"));
        Assert.Equal(0, set.MatchPrefix(["On", "a", "visit"]));
        Assert.True(set.StartsAnyPhrase("On"));
    }

    [Theory]
    [InlineData("Irk", "ırk")]
    [InlineData("SEE", "ſee")]
    [InlineData("kin", "KIN")]
    public void WordsEqualIgnoringCaseMatchWhateverTheirInitial(string entry, string word)
    {
        var set = new PhraseSet([entry, "unrelated phrase"]);

        Assert.Equal(string.Equals(entry, word, StringComparison.OrdinalIgnoreCase), set.ContainsWord(word));
        Assert.True(set.ContainsWord(entry.ToUpperInvariant()));
    }

    [Fact]
    public void LookupsAgreeWithComparingEveryEntry()
    {
        // Initials and lengths collide often, and include letters whose case mappings cross into ASCII.
        var letter = Gen.OneOfConst('a', 'A', 'i', 'I', 'ı', 'İ', 's', 'S', 'ſ', 'k', 'K', '\u212A', 'é', 'É', '-', '1');
        var word = Gen.Select(letter.Array[1, 4], letter.Array[0, 70], Gen.Int[0, 9]).Select((head, tail, pick) => new string(pick == 0 ? [.. head, .. tail] : head));
        var phrase = word.Array[1, 3].Select(words => string.Join(' ', words));
        Gen.Select(phrase.Array[1, 6], word.Array[1, 3]).Sample((entries, words) =>
        {
            var set = new PhraseSet(entries);
            var split = entries.Select(e => e.Split(' ')).ToList();
            Assert.Equal(split.Any(e => e.Length == 1 && Same(e[0], words[0])), set.ContainsWord(words[0]));
            Assert.Equal(split.Any(e => Same(e[0], words[0])), set.StartsAnyPhrase(words[0]));
            var longest = split.Where(e => e.Length <= words.Length && e.Zip(words).All(p => Same(p.First, p.Second))).Select(e => e.Length).DefaultIfEmpty(0).Max();
            Assert.Equal(longest, set.MatchPrefix(words));

            // The same words as ranges of one text, as the parser asks.
            var text = string.Join("  ", words);
            var ranges = new Range[words.Length];
            for (int i = 0, start = 0; i < words.Length; start += words[i].Length + 2, i++)
            {
                ranges[i] = new Range(start, start + words[i].Length);
            }

            Assert.Equal(longest, set.MatchPrefix(text, ranges));
        }, iter: PropertyRuns.Iterations(5000));
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
