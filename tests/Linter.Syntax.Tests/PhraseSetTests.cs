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
}
