using Linter.Syntax.Tests.Infrastructure;

namespace Linter.Syntax.Tests.Example;

/// <summary>
/// The canonical example, spokesperson-remarks-2022-04-29.txt, parses into exactly the structure the
/// design describes: header (language bar, title with dateline, publish stamp), a question turn, an
/// answer turn whose paragraphs pair claims with rebuttals, and page chrome at the end.
/// </summary>
public sealed class ExampleDocumentStructureTests
{
    private static readonly Lazy<SyntaxTree> s_tree = new(() =>
        SyntaxTree.Parse(File.ReadAllBytes(RepositoryPaths.ExampleDocument), RepositoryPaths.ExampleDocument));

    private static SyntaxTree Tree => s_tree.Value;

    private static DocumentSyntax Root => Tree.Root;

    [Fact]
    public void ParsesAsPlainTextWithoutDiagnostics()
    {
        Assert.Equal(DocumentFormat.PlainText, Tree.Format);
        Assert.Empty(Tree.Diagnostics);
        TreeInvariants.Assert(Tree, "the example");
    }

    [Fact]
    public void HasExactlyOneLanguageBarInTheHeader()
    {
        var bar = Assert.Single(Root.DescendantNodes().OfType<LanguageBarSyntax>());
        Assert.NotNull(Root.Header);
        Assert.Same(bar, Root.Header.LanguageBar);
        Assert.Equal("عربي Español Русский Français 简体中文", bar.ToString());
    }

    [Fact]
    public void TitleHasADatelineWhoseDateIsWrittenWithSingleDigitMonthAndDay()
    {
        var title = Root.Header?.Title;
        Assert.NotNull(title);
        Assert.StartsWith("Spokesperson’s remarks on US’ launching Declaration for the Future of the Internet", title.ToString(), StringComparison.Ordinal);
        var dateline = title.Dateline;
        Assert.NotNull(dateline);
        Assert.Equal(SyntaxKind.DateToken, dateline.DateToken.Kind);
        Assert.Equal("2022-4-29", dateline.DateToken.Text);
    }

    [Fact]
    public void PublishStampHasDateAndTime()
    {
        var stamp = Root.Header?.PublishStamp;
        Assert.NotNull(stamp);
        Assert.Equal("2022-05-05", stamp.DateToken?.Text);
        Assert.Equal("09:17", stamp.TimeToken?.Text);
        Assert.Equal(SyntaxKind.DateToken, stamp.DateToken?.Kind);
        Assert.Equal(SyntaxKind.TimeToken, stamp.TimeToken?.Kind);
    }

    [Fact]
    public void HasExactlyTwoTurnsQuestionThenAnswer()
    {
        var turns = Root.Body.Turns.ToList();
        Assert.Equal(2, turns.Count);
        Assert.Equal(2, Root.DescendantNodes().OfType<TurnSyntax>().Count());
        Assert.Equal("Xinhua News Agency", turns[0].Label.Name);
        Assert.Equal("Zhao Lijian", turns[1].Label.Name);
        Assert.Equal(":", turns[0].Label.Colon?.Text);
        Assert.Equal(":", turns[1].Label.Colon?.Text);
    }

    [Fact]
    public void AnswerTurnHasNineParagraphs()
    {
        var answer = Root.Body.Turns.ElementAt(1);
        var paragraphs = answer.Paragraphs.ToList();
        Assert.Equal(9, paragraphs.Count);
        Assert.Contains("Be it the Alliance for the Future of the Internet", paragraphs[0].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("The Declaration underscores", paragraphs[1].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Cyberspace is the shared space", paragraphs[8].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void HasExactlySixClaimsEachFollowedByARebuttalInTheSameParagraph()
    {
        var claims = Root.DescendantNodes().OfType<ClaimSyntax>().ToList();
        Assert.Equal(6, claims.Count);
        string[] verbs = ["underscores", "opposes", "stresses", "states", "claims", "purports"];
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            Assert.StartsWith($"The Declaration {verbs[i]} ", claim.ToString(), StringComparison.Ordinal);

            var siblings = claim.Parent!.ChildNodes().ToList();
            var index = siblings.IndexOf(claim);
            Assert.True(index + 1 < siblings.Count, $"claim {i + 1} is the last node of its parent");
            var rebuttal = Assert.IsType<RebuttalSyntax>(siblings[index + 1]);
            Assert.StartsWith("However, ", rebuttal.ToString(), StringComparison.Ordinal);

            var paragraph = claim.Ancestors().OfType<ParagraphSyntax>().First();
            Assert.Same(paragraph, rebuttal.Ancestors().OfType<ParagraphSyntax>().First());
        }

        Assert.Equal(6, Root.DescendantNodes().OfType<RebuttalSyntax>().Count());
    }

    [Fact]
    public void ClaimsCiteTheDeclarationAndWrapASentence()
    {
        foreach (var claim in Root.DescendantNodes().OfType<ClaimSyntax>())
        {
            Assert.Equal(claim.FullSpan, claim.Sentence.FullSpan);
            var citation = claim.Citation;
            Assert.NotNull(citation);
            Assert.Equal("The Declaration", citation.ToString());
            Assert.True(citation.IsShortForm);
        }
    }

    [Fact]
    public void LatestExampleSentenceIsASentenceButNotAClaim()
    {
        var sentences = Root.DescendantNodes().OfType<SentenceSyntax>()
            .Where(s => s.ToString().StartsWith("The Declaration is the latest example", StringComparison.Ordinal))
            .ToList();
        var sentence = Assert.Single(sentences);
        Assert.Equal("The Declaration is the latest example of dividing the Internet and provoking confrontation in cyberspace.", sentence.ToString());
        Assert.DoesNotContain(sentence.AncestorsAndSelf(), n => n.Kind is SyntaxKind.Claim or SyntaxKind.Rebuttal);
    }

    [Fact]
    public void EndsWithExactlyTwoBoilerplateLines()
    {
        var boilerplate = Root.DescendantNodes().OfType<BoilerplateSyntax>().ToList();
        Assert.Equal(["Suggest to a friend", "Print"], boilerplate.Select(b => b.ToString()));

        // They are the last things in the document: after the last turn, and nothing but end of file after them.
        var lastTurn = Root.Body.Turns.Last();
        Assert.True(boilerplate[0].Span.Start >= lastTurn.Span.End, "the boilerplate is inside or before the last turn");
        Assert.Equal(Tree.Text.Length, boilerplate[1].Span.End);
        Assert.Equal(Tree.Text.Length, boilerplate[1].FullSpan.End);
    }
}
