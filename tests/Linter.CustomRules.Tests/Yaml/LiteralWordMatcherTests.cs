using System.Text.RegularExpressions;
using CsCheck;
using Linter.CustomRules.Yaml;

namespace Linter.CustomRules.Tests.Yaml;

/// <summary>The word-lookup matcher finds exactly what the whole-word regex alternation it replaces finds.</summary>
public sealed class LiteralWordMatcherTests
{
    // Letters (with accents and a combining mark), a digit, an underscore, and the separators entries and texts mix them with.
    private static readonly Gen<string> s_words = Gen.String[Gen.Char["abAB1_é\u0301"], 1, 4];
    private static readonly Gen<string> s_separators = Gen.OneOfConst(" ", "-", ", ", ". ", "'", "\n", "(", ")", "—", "");

    private static readonly Gen<string[]> s_entries = Gen.Select(s_words, Gen.Select(s_separators, s_words).Array[0, 2])
        .Select((first, rest) => first + string.Concat(rest.Select(r => r.Item1 + r.Item2)))
        .Array[1, 8];

    [Fact]
    public void AWordCharacterIsWhatBackslashWMatches()
    {
        var wordCharacter = new Regex(@"^\w$", RegexOptions.CultureInvariant);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(wordCharacter.IsMatch(c.ToString()) == LiteralWordMatcher.IsWordCharacter(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void FindsWhatTheWholeWordRegexFinds()
    {
        Gen.Select(s_entries, Gen.Select(Gen.OneOf(s_words, s_entries.Select(e => e[0])), s_separators).Array[0, 30]).Sample((entries, parts) =>
        {
            var text = string.Concat(parts.Select(p => p.Item1 + p.Item2));
            var regex = new Regex(TextPattern.Literals(entries, wholeWord: true), RegexOptions.CultureInvariant);
            var expected = regex.Matches(text).Select(m => (m.Index, m.Length)).ToArray();

            var actual = LiteralWordMatcher.TryCreate(entries, ignoreCase: false)!.Matches(text).ToArray();

            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void IgnoringCaseFindsWhatTheIgnoreCaseRegexFinds()
    {
        Gen.Select(s_entries, Gen.Select(Gen.OneOf(s_words, s_entries.Select(e => e[0].ToUpperInvariant())), s_separators).Array[0, 30]).Sample((entries, parts) =>
        {
            var text = string.Concat(parts.Select(p => p.Item1 + p.Item2));
            var regex = new Regex(TextPattern.Literals(entries, wholeWord: true), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
            var expected = regex.Matches(text).Select(m => (m.Index, m.Length)).ToArray();

            var actual = LiteralWordMatcher.TryCreate(entries, ignoreCase: true)!.Matches(text).ToArray();

            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void TheLongestEntryWinsAtOnePlace()
    {
        var matcher = LiteralWordMatcher.TryCreate(["so", "so called", "so called experts"], ignoreCase: false)!;

        Assert.Equal(new[] { (0, 9), (15, 2) }, matcher.Matches("so called, and so on").ToArray());
        Assert.Equal(new[] { (0, 17) }, matcher.Matches("so called experts").ToArray());
        Assert.Empty(matcher.Matches("also called soon"));
    }

    [Fact]
    public void AnEntryThatDoesNotBeginWithAWordCharacterIsLeftToTheRegex()
    {
        Assert.Null(LiteralWordMatcher.TryCreate(["fine", "(c)"], ignoreCase: false));
        Assert.Null(LiteralWordMatcher.TryCreate([" leading space"], ignoreCase: false));
    }
}
