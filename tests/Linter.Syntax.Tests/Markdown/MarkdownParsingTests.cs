namespace Linter.Syntax.Tests.Markdown;

/// <summary>End-to-end checks of Markdown documents through segmenter, lexer and builder.</summary>
public sealed class MarkdownParsingTests
{
    private const string PsakiBriefing = "press-briefings/2022-05/2022-05-13-press-briefing-by-press-secretary-jen-psaki-may-13-2022.md";

    [Trait("Category", "Slow")]
    [Fact]
    public void EveryCorpusBriefingParsesLosslesslyWithItsFrontMatterEntries()
    {
        foreach (var file in Corpus.Files())
        {
            var text = File.ReadAllText(file);

            var tree = SyntaxTree.Parse(text, file);

            var name = Path.GetFileName(file);
            Assert.True(tree.Root.ToFullString() == text, $"{name} does not round-trip");
            var frontMatter = Assert.Single(tree.Root.ChildNodes().OfType<FrontMatterSyntax>());
            var entries = frontMatter.ChildNodes().OfType<MetadataEntrySyntax>().ToList();
            Assert.Contains(entries, entry => entry.Key == "title" && !string.IsNullOrEmpty(entry.ScalarValue));
            Assert.Empty(tree.Diagnostics);
        }
    }

    [Fact]
    public void PressBriefingTurnsStartAtNamedAndBareQuestionLabels()
    {
        var text = File.ReadAllText(Path.Combine(Corpus.Folder(), PsakiBriefing));

        var tree = SyntaxTree.Parse(text, "x.md");

        var labels = tree.Root.DescendantNodes().OfType<TurnSyntax>().Select(turn => turn.Label.ToString()).ToList();
        Assert.Contains("MS. PSAKI:", labels);
        Assert.Contains("Q", labels);
        Assert.Equal("MS. PSAKI:", labels[0]);
    }

    [Fact]
    public void MetadataEntriesCarryDecodedValues()
    {
        const string text = "---\ntitle: \"Press\\_Briefing\\\n  \\ by Jen\"\ntags: [a, b]\nempty:\n---\nMS. PSAKI: Hello.\n";

        var tree = SyntaxTree.Parse(text, "x.md");

        var entries = tree.Root.DescendantNodes().OfType<MetadataEntrySyntax>().ToList();
        Assert.Equal(["title", "tags", "empty"], entries.Select(e => e.Key));
        Assert.Equal("Press\u00A0Briefing by Jen", entries[0].ScalarValue);
        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(entries[1].Value));
        Assert.Null(entries[2].Value);
        Assert.Equal(text, tree.Root.ToFullString());
    }

    [Fact]
    public void MarkdownSyntaxBecomesMarkupTriviaAndCommentsBecomeCommentNodes()
    {
        const string text = "> **Q:** Why?\n\n<!-- stmtlint-disable SL1001 -->\n";

        var tree = SyntaxTree.Parse(text, "x.md");

        var markup = tree.Root.DescendantTokens()
            .SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia))
            .Where(trivia => trivia.Kind == SyntaxKind.MarkupTrivia)
            .Select(trivia => trivia.ToString());
        Assert.Equal([">", "**", "**"], markup);
        var comment = Assert.Single(tree.Root.DescendantNodes(), node => node.Kind == SyntaxKind.Comment);
        Assert.Equal("<!-- stmtlint-disable SL1001 -->", comment.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF---\r\n")]
    [InlineData("---\ntitle: [unclosed\n---\nBody.\n")]
    [InlineData("a\r\nb\rc\nd\r\n\r\n> q\r> r\n")]
    [InlineData("\0\0# \0\n> \0 x\0\n")]
    [InlineData("\t- a\n\t\t- b\n\t\t\t```\n\tcode\t\n")]
    [InlineData("😀 **😀** [😀](😀) `😀`\n> 😀\r\n")]
    [InlineData("Line  \nhard\\\nbreaks\u2028and\u0085others\r\n")]
    public void UnusualMarkdownRoundTrips(string text)
    {
        var tree = SyntaxTree.Parse(text, "x.md");

        Assert.Equal(text, tree.Root.ToFullString());
    }

    [Fact]
    public void DeeplyNestedMarkdownRoundTrips()
    {
        var text = new string('>', 10_000) + " deep\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "deeper\n";

        var tree = SyntaxTree.Parse(text, "x.md");

        Assert.Equal(text, tree.Root.ToFullString());
        Assert.Contains(tree.Diagnostics, d => d.Message.Contains("nesting deeper", StringComparison.Ordinal));
    }
}
