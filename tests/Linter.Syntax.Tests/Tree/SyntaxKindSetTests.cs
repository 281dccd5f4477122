namespace Linter.Syntax.Tests.Tree;

/// <summary>The one mapping from kinds to the bits green nodes record: every node and token kind has a bit of its own.</summary>
public sealed class SyntaxKindSetTests
{
    private static readonly SyntaxKind[] s_treeKinds =
        [.. Enum.GetValues<SyntaxKind>().Where(kind => SyntaxFacts.IsNode(kind) || SyntaxFacts.IsToken(kind))];

    [Fact]
    public void EveryNodeAndTokenKindHasADistinctBit()
    {
        var bits = s_treeKinds.Select(SyntaxKindSet.Bit).ToList();

        Assert.All(s_treeKinds, kind => Assert.NotEqual(0UL, SyntaxKindSet.Bit(kind)));
        Assert.All(bits, bit => Assert.Equal(1UL, ulong.PopCount(bit)));
        Assert.Equal(bits.Count, bits.Distinct().Count());
    }

    [Fact]
    public void NodeKindsTakeNodeBitsAndTokenKindsTokenBits()
    {
        foreach (var kind in s_treeKinds)
        {
            var set = SyntaxKindSet.Of(kind);
            Assert.Equal(SyntaxFacts.IsNode(kind), set.IsNodesOnly);
            Assert.Equal(SyntaxFacts.IsToken(kind), set.IsTokensOnly);
            Assert.Equal(SyntaxFacts.IsNode(kind), SyntaxKindSet.AllNodes.Contains(kind));
            Assert.Equal(SyntaxFacts.IsToken(kind), SyntaxKindSet.AllTokens.Contains(kind));
            if (SyntaxFacts.IsNode(kind))
            {
                Assert.Equal(SyntaxKindSet.Bit(kind), SyntaxKindSet.NodeBit(kind));
            }
        }
    }

    [Theory]
    [InlineData(SyntaxKind.None)]
    [InlineData(SyntaxKind.WhitespaceTrivia)]
    [InlineData(SyntaxKind.EndOfLineTrivia)]
    [InlineData(SyntaxKind.MarkupTrivia)]
    [InlineData(SyntaxKind.SkippedTextTrivia)]
    [InlineData((SyntaxKind)150)]
    [InlineData((SyntaxKind)399)]
    public void KindsOutsideTheTreeAreRefused(SyntaxKind kind)
    {
        Assert.Throws<ArgumentException>(() => SyntaxKindSet.Of(kind));
        Assert.Throws<ArgumentException>(() => SyntaxKindSet.Of(SyntaxKind.WordToken, kind));
        Assert.Throws<ArgumentException>(() => SyntaxKindSet.Empty.Add(kind));
        Assert.False(SyntaxKindSet.AllTokens.Union(SyntaxKindSet.AllNodes).Contains(kind));
    }

    [Fact]
    public void SetsCombineAndListTheirKinds()
    {
        var set = SyntaxKindSet.Of(SyntaxKind.DateToken, SyntaxKind.Citation).Add(SyntaxKind.EndOfFileToken);

        Assert.True(set.Contains(SyntaxKind.Citation));
        Assert.False(set.Contains(SyntaxKind.Claim));
        Assert.False(set.IsEmpty);
        Assert.False(set.IsNodesOnly);
        Assert.False(set.IsTokensOnly);
        Assert.True(SyntaxKindSet.Empty.IsEmpty);
        Assert.Equal([SyntaxKind.DateToken, SyntaxKind.EndOfFileToken, SyntaxKind.Citation], set.ToKinds());
        Assert.Equal("{DateToken, EndOfFileToken, Citation}", set.ToString());
        Assert.Equal(set, SyntaxKindSet.Of(SyntaxKind.Citation).Union(SyntaxKindSet.Of(SyntaxKind.EndOfFileToken, SyntaxKind.DateToken)));
        Assert.True(set.Overlaps(SyntaxKindSet.Of(SyntaxKind.Citation, SyntaxKind.Claim)));
        Assert.False(set.Overlaps(SyntaxKindSet.Of(SyntaxKind.Claim)));
        Assert.Equal(s_treeKinds, SyntaxKindSet.AllNodes.Union(SyntaxKindSet.AllTokens).ToKinds());
    }
}
