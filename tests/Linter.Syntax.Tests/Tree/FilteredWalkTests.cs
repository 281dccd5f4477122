using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Tests.Tree;

/// <summary>
/// The walks that look for some kinds or some spans, and the steps to the previous and next token, on documents small
/// enough to read; <c>WalkPropertyTests</c> checks the same against the plain walks on generated and real documents.
/// </summary>
public sealed class FilteredWalkTests
{
    private const string Document =
        "Statement on the Declaration (2022-4-29)\n"
        + "\n"
        + "Zhao Lijian: The Declaration says “it is open”. However, the US has done it .\n"
        + "\n"
        + "Q: Will you respond on May 12?\n";

    // A quotation left open at a paragraph's end, with the next paragraph opening with a mark: its closing mark is missing.
    private const string RunOnQuotation = "Statement (2022-4-29)\n\nHe said: “We will not accept it.\n\n“It is final,” she said.\n";

    [Fact]
    public void ANodeWalkForAKindGivesTheNodesOfThatKind()
    {
        var root = SyntaxTree.Parse(Document).Root;

        var citations = root.DescendantNodes(SyntaxKind.Citation).ToList();

        Assert.Equal(root.DescendantNodes().Where(n => n.Kind == SyntaxKind.Citation), citations);
        Assert.Equal(["Statement on the Declaration", "The Declaration"], citations.Select(c => c.ToString()));
        Assert.Empty(root.DescendantNodes(SyntaxKind.Table));
        Assert.Empty(root.DescendantNodesAndSelf(SyntaxKindSet.Empty));
    }

    [Fact]
    public void ANodeWalkGivesItsRootOnlyWhenTheRootIsOfAWantedKind()
    {
        var root = SyntaxTree.Parse(Document).Root;
        var kinds = SyntaxKindSet.Of(SyntaxKind.Document, SyntaxKind.Turn);

        var walked = root.DescendantNodesAndSelf(kinds).ToList();

        Assert.Same(root, walked[0]);
        Assert.Equal(root.DescendantNodesAndSelf().Where(n => kinds.Contains(n.Kind)), walked);
        Assert.DoesNotContain(root, root.DescendantNodes(kinds));
        var turn = root.DescendantNodes(SyntaxKind.Turn).First();
        Assert.Equal([turn], turn.DescendantNodesAndSelf(SyntaxKindSet.Of(SyntaxKind.Turn)));
    }

    [Fact]
    public void ATokenWalkForKindsGivesTheTokensOfThoseKinds()
    {
        var root = SyntaxTree.Parse(Document).Root;
        var kinds = SyntaxKindSet.Of(SyntaxKind.DateToken, SyntaxKind.OpenQuoteToken, SyntaxKind.EndOfFileToken);

        var walked = root.DescendantTokens(kinds).ToList();

        Assert.Equal(root.DescendantTokens().Where(t => kinds.Contains(t.Kind)), walked);
        Assert.Equal(["2022-4-29", "“", "May 12", string.Empty], walked.Select(t => t.Text));
        Assert.Equal(["2022-4-29", "May 12"], root.DescendantTokens(SyntaxKind.DateToken).Select(t => t.Text));
    }

    [Fact]
    public void AFilteredTokenWalkGivesMissingTokens()
    {
        var root = SyntaxTree.Parse(RunOnQuotation).Root;

        var closing = root.DescendantTokens(SyntaxKind.CloseQuoteToken).ToList();

        Assert.Equal(2, closing.Count);
        Assert.True(closing[0].IsMissing);
        Assert.Equal("”", closing[1].Text);
    }

    [Fact]
    public void WalksRefuseKindsOfTheOtherSort()
    {
        var root = SyntaxTree.Parse(Document).Root;

        Assert.Throws<ArgumentException>(() => root.DescendantNodes(SyntaxKind.WordToken));
        Assert.Throws<ArgumentException>(() => root.DescendantNodes(SyntaxKindSet.Of(SyntaxKind.Citation, SyntaxKind.WordToken)));
        Assert.Throws<ArgumentException>(() => root.DescendantNodesAndSelf(SyntaxKindSet.AllTokens));
        Assert.Throws<ArgumentException>(() => root.DescendantTokens(SyntaxKind.Citation));
        Assert.Throws<ArgumentException>(() => root.DescendantTokens(SyntaxKindSet.AllNodes));
        Assert.Throws<ArgumentException>(() => root.DescendantTokens(SyntaxKind.WhitespaceTrivia));
    }

    [Fact]
    public void ContainsKindReadsTheKindsOfTheSubtree()
    {
        var root = SyntaxTree.Parse(Document).Root;
        var turn = root.DescendantNodes(SyntaxKind.Turn).First();

        Assert.True(root.ContainsKind(SyntaxKind.Document));
        Assert.True(root.ContainsKind(SyntaxKind.DateToken));
        Assert.True(turn.ContainsKind(SyntaxKind.Turn));
        Assert.True(turn.ContainsKind(SyntaxKind.Rebuttal));
        Assert.False(turn.ContainsKind(SyntaxKind.DateToken));
        Assert.False(root.ContainsKind(SyntaxKind.Table));
        Assert.False(root.ContainsKind(SyntaxKind.WhitespaceTrivia));
        Assert.True(turn.ContainsAnyKind(SyntaxKindSet.Of(SyntaxKind.DateToken, SyntaxKind.Citation)));
        Assert.False(turn.ContainsAnyKind(SyntaxKindSet.Of(SyntaxKind.DateToken, SyntaxKind.Table)));
    }

    [Fact]
    public void ASpanWalkGivesTheTokensWhoseFullSpanOverlapsTheSpan()
    {
        var tree = SyntaxTree.Parse(Document);
        var start = Document.IndexOf("says", StringComparison.Ordinal);
        var span = new TextSpan(start, "says “it".Length);

        var walked = tree.Root.DescendantTokens(span).ToList();

        // "Declaration " ends where "says" starts, so it does not overlap; "it " does.
        Assert.Equal(["says", "“", "it"], walked.Select(t => t.Text));
        Assert.Equal(tree.Root.DescendantTokens().Where(t => t.FullSpan.OverlapsWith(span)), walked);
    }

    [Fact]
    public void AnEmptySpanGivesOnlyEmptyTokensThatTouchIt()
    {
        var tree = SyntaxTree.Parse("Q: Why?");
        var end = tree.Text.Length;

        Assert.Empty(tree.Root.DescendantTokens(new TextSpan(3, 0)));
        var endOfFile = Assert.Single(tree.Root.DescendantTokens(new TextSpan(end, 0)));
        Assert.Equal(SyntaxKind.EndOfFileToken, endOfFile.Kind);
        Assert.Equal(SyntaxKind.EndOfFileToken, tree.Root.DescendantTokens(new TextSpan(end - 1, 1)).Last().Kind);
        Assert.Empty(tree.Root.DescendantTokens(new TextSpan(end + 1, 5)));
    }

    [Fact]
    public void ASpanWalkGivesAnEmptyTokenAtTheEdgeOfASubtreeThatOnlyTouchesTheSpan()
    {
        var tree = SyntaxTree.Parse(RunOnQuotation);
        var missing = tree.Root.DescendantTokens().Single(t => t.IsMissing);
        var quotation = missing.Parent;

        var walked = tree.Root.DescendantTokens(new TextSpan(missing.Span.Start, 1)).ToList();

        Assert.Equal(missing.Span.Start, quotation.FullSpan.End);
        Assert.Equal([missing, missing.GetNextToken()!.Value], walked);
    }

    [Fact]
    public void AWalkOverSeveralSpansGivesEachTokenOnce()
    {
        var tree = SyntaxTree.Parse(Document);
        var says = Document.IndexOf("says", StringComparison.Ordinal);
        TextSpan[] spans = [new(says, 1), new(says + 1, 1), new(says + 10, 0), new(Document.IndexOf("May", StringComparison.Ordinal), 3)];

        var walked = tree.Root.DescendantTokens(spans).ToList();

        Assert.Equal(["says", "May 12"], walked.Select(t => t.Text));
        Assert.Empty(tree.Root.DescendantTokens(Array.Empty<TextSpan>()));
    }

    [Fact]
    public void AWalkOverSeveralSpansRefusesSpansOutOfOrderOrOverlapping()
    {
        var root = SyntaxTree.Parse(Document).Root;

        Assert.Throws<ArgumentException>(() => root.DescendantTokens([new TextSpan(10, 2), new TextSpan(5, 2)]));
        Assert.Throws<ArgumentException>(() => root.DescendantTokens([new TextSpan(5, 3), new TextSpan(7, 2)]));
        // Spans may touch, and empty spans may repeat; an empty span meets no token with text.
        Assert.Single(root.DescendantTokens([new TextSpan(0, 1), new TextSpan(1, 0), new TextSpan(1, 0)]));
    }

    [Fact]
    public void PreviousAndNextTokenCrossNodesAndPassOverZeroWidthTokens()
    {
        var tree = SyntaxTree.Parse(RunOnQuotation);
        var tokens = tree.Root.DescendantTokens().ToList();
        var missing = tokens.Single(t => t.IsMissing);
        var beforeMissing = tokens[tokens.IndexOf(missing) - 1];
        var afterMissing = tokens[tokens.IndexOf(missing) + 1];
        var last = tokens[^2];

        Assert.Null(tokens[0].GetPreviousToken());
        Assert.Null(tokens[0].GetPreviousToken(includeZeroWidth: true));
        Assert.Equal(afterMissing, beforeMissing.GetNextToken());
        Assert.Equal(missing, beforeMissing.GetNextToken(includeZeroWidth: true));
        Assert.Equal(beforeMissing, afterMissing.GetPreviousToken());
        Assert.Equal(missing, afterMissing.GetPreviousToken(includeZeroWidth: true));
        Assert.NotEqual(beforeMissing.Parent, afterMissing.Parent);

        // The end-of-file token has no text: only a walk that includes zero-width tokens reaches it.
        Assert.Equal(".", last.Text);
        Assert.Null(last.GetNextToken());
        Assert.Equal(SyntaxKind.EndOfFileToken, last.GetNextToken(includeZeroWidth: true)?.Kind);
        Assert.Null(tokens[^1].GetNextToken(includeZeroWidth: true));
        Assert.Equal(last, tokens[^1].GetPreviousToken());
        Assert.Equal(afterMissing.FullSpan, beforeMissing.GetNextToken()?.FullSpan);
    }
}
