namespace Linter.Syntax.Tests.Tree;

/// <summary>The struct walks and trivia lists give what a plain recursive reading of the tree gives.</summary>
public sealed class TreeWalkTests
{
    // Written out rather than as a raw string: the trailing spaces after "groundless." are the point.
    private const string Document =
        "Zhao Lijian: The so-called \"report\" is   groundless.  \n"
        + "We urge the U.S. side to stop.\n"
        + "\n"
        + "Q: Thank you. \"One ‘small’ question\" — will China respond?\n";

    [Fact]
    public void DescendantTokensMatchARecursiveReadingOfChildren()
    {
        var tree = SyntaxTree.Parse(Document);
        var expected = new List<SyntaxToken>();
        CollectTokens(tree.Root, expected);

        var walked = new List<SyntaxToken>();
        foreach (var token in tree.Root.DescendantTokens())
        {
            walked.Add(token);
        }

        Assert.Equal(expected, walked);
        Assert.Equal(expected, tree.Root.DescendantTokens().ToList());
        Assert.Equal(expected.Select(token => token.Span), walked.Select(token => token.Span));
    }

    [Fact]
    public void DescendantNodesArePreOrderAndSelfComesFirst()
    {
        var tree = SyntaxTree.Parse(Document);
        var expected = new List<SyntaxNode>();
        CollectNodes(tree.Root, expected);

        var withSelf = new List<SyntaxNode>();
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            withSelf.Add(node);
        }

        Assert.Equal(expected, withSelf);
        Assert.Equal(expected.Skip(1), tree.Root.DescendantNodes().ToList());
        var paragraph = tree.Root.DescendantNodes().OfType<ParagraphSyntax>().First();
        Assert.All(paragraph.DescendantNodes(), node => Assert.True(paragraph.FullSpan.Contains(node.FullSpan)));
    }

    [Fact]
    public void TriviaListCountIndexAndArrayAgreeWithEnumeration()
    {
        var tree = SyntaxTree.Parse(Document);
        var sawTrivia = false;
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var list in new[] { token.LeadingTrivia, token.TrailingTrivia })
            {
                var enumerated = new List<SyntaxTrivia>();
                foreach (var trivia in list)
                {
                    enumerated.Add(trivia);
                }

                Assert.Equal(enumerated.Count, list.Count);
                Assert.Equal(enumerated.Count == 0, list.IsEmpty);
                Assert.Equal(enumerated, Enumerable.Range(0, list.Count).Select(i => list[i]));
                Assert.Equal(enumerated, list.ToImmutableArray());
                Assert.Equal(enumerated, list.AsEnumerable());
                Assert.Throws<ArgumentOutOfRangeException>(() => list[list.Count]);
                sawTrivia |= enumerated.Count > 0;
            }

            var position = token.FullSpan.Start;
            foreach (var trivia in token.LeadingTrivia)
            {
                Assert.Equal(position, trivia.Span.Start);
                position = trivia.Span.End;
            }

            Assert.Equal(position, token.Span.Start);
        }

        Assert.True(sawTrivia);
    }

    [Fact]
    public void TrailingWhitespaceIsOneTriviaWithItsText()
    {
        var tree = SyntaxTree.Parse(Document);

        var token = tree.Root.DescendantTokens().First(t => t.Text == "groundless");
        var period = tree.Root.DescendantTokens().First(t => t.Span.Start == token.Span.End);

        Assert.Equal(["  ", "\n"], period.TrailingTrivia.Select(t => t.Text));
        Assert.Equal([SyntaxKind.WhitespaceTrivia, SyntaxKind.EndOfLineTrivia], period.TrailingTrivia.Select(t => t.Kind));
    }

    private static void CollectTokens(SyntaxNode node, List<SyntaxToken> tokens)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsToken)
            {
                tokens.Add(child.AsToken());
            }
            else
            {
                CollectTokens(child.AsNode(), tokens);
            }
        }
    }

    private static void CollectNodes(SyntaxNode node, List<SyntaxNode> nodes)
    {
        nodes.Add(node);
        foreach (var child in node.ChildNodes())
        {
            CollectNodes(child, nodes);
        }
    }
}
