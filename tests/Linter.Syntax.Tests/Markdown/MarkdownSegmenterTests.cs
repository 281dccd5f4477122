using System.Diagnostics;
using Linter.Syntax.Parsing;

namespace Linter.Syntax.Tests.Markdown;

public sealed class MarkdownSegmenterTests
{
    private const string EarthDayBriefing =
        "speeches-remarks/2022-04/2022-04-22-remarks-by-president-biden-on-earth-day-and-at-signing-of-an-executive-order-strengthening-the-nations-forests-communities-and-local-economies.md";

    [Fact]
    public void FrontMatterEntriesOfACorpusBriefingDecodeTheirValues()
    {
        var text = File.ReadAllText(Path.Combine(Corpus.Folder(), EarthDayBriefing));

        var segmentation = Segment(text);

        var frontMatter = segmentation.Blocks[0];
        Assert.Equal(BlockKind.FrontMatter, frontMatter.Kind);
        Assert.Equal(0, frontMatter.Start);
        Assert.StartsWith("---\ndate:", text[frontMatter.Start..frontMatter.End], StringComparison.Ordinal);
        Assert.EndsWith("Economies\"\n---", text[frontMatter.Start..frontMatter.End], StringComparison.Ordinal);
        Assert.Equal(6, frontMatter.Children.Count);
        Assert.All(frontMatter.Children, entry => Assert.Equal(BlockKind.MetadataEntry, entry.Kind));

        var keys = Tokens(segmentation, SyntaxKind.MetadataKeyToken);
        Assert.Equal(["date", "modified_time", "published_time", "source_url", "tags", "title"], keys.Select(k => k.Value));
        var values = Tokens(segmentation, SyntaxKind.MetadataValueToken);
        Assert.Equal("2022-04-22", values[0].Value);
        Assert.Equal("'2022-04-22'", text[values[0].Start..values[0].End]);
        Assert.Equal("2022-04-22 18:24:38-04:00", values[1].Value);
        Assert.Equal("speeches-remarks", values[4].Value);

        // The title is a double-quoted scalar folded over two lines, with "\_" (no-break space) and "\u2019" escapes.
        var title = values[5];
        Assert.Equal(
            "Remarks By President\u00A0Biden on Earth Day and at Signing of an Executive Order Strengthening the Nation\u2019s Forests, Communities, and Local\u00A0Economies",
            title.Value);
        Assert.StartsWith("\"Remarks By President\\_Biden", text[title.Start..title.End], StringComparison.Ordinal);
        Assert.EndsWith("Local\\_Economies\"", text[title.Start..title.End], StringComparison.Ordinal);
        Assert.Contains('\n', text[title.Start..title.End]);
        var titleEntry = frontMatter.Children[5];
        Assert.Equal((text.IndexOf("title:", StringComparison.Ordinal), title.End), (titleEntry.Start, titleEntry.End));

        Assert.Equal(2, Tokens(segmentation, SyntaxKind.FrontMatterFenceToken).Count);
        Assert.All(Tokens(segmentation, SyntaxKind.FrontMatterFenceToken), fence => Assert.Equal("---", text[fence.Start..fence.End]));
        Assert.Empty(segmentation.Diagnostics);
    }

    [Fact]
    public void FrontMatterCollectionsDecodeToListsAndDictionaries()
    {
        const string text = "\uFEFF---\r\n# about this page\r\ntags:\r\n  - one   # first\r\n  - [two, three]\r\nauthor: {name: Jen, role: press}\r\nempty:\r\ncount: 3\r\n...\r\nBody text.\r\n";

        var segmentation = Segment(text);

        Assert.Equal(BlockKind.FrontMatter, segmentation.Blocks[0].Kind);
        Assert.Equal(1, segmentation.Blocks[0].Start);
        var values = Tokens(segmentation, SyntaxKind.MetadataValueToken);
        var tags = Assert.IsAssignableFrom<IReadOnlyList<object?>>(values[0].Value);
        Assert.Equal("one", tags[0]);
        Assert.Equal(["two", "three"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(tags[1]));
        Assert.Equal("- one   # first\r\n  - [two, three]", text[values[0].Start..values[0].End]);
        var author = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(values[1].Value);
        Assert.Equal("Jen", author["name"]);
        Assert.Equal("3", values[2].Value);

        var entries = segmentation.Blocks[0].Children;
        Assert.Equal(4, entries.Count);
        Assert.Equal("empty:", text[entries[2].Start..entries[2].End]);
        Assert.Equal(["---", "..."], Tokens(segmentation, SyntaxKind.FrontMatterFenceToken).Select(t => text[t.Start..t.End]));

        // The comment is markup; the colons are left to the lexer as prose.
        Assert.Equal(["# about this page"], SegmentationAssert.Texts(text, segmentation, LexMode.Markup));
        Assert.Equal(BlockKind.Paragraph, segmentation.Blocks[1].Kind);
        Assert.Empty(segmentation.Diagnostics);
    }

    [Fact]
    public void DuplicateFrontMatterKeysAreReportedAndBothKept()
    {
        const string text = "---\ntitle: One\ntitle: Two\n---\n";

        var segmentation = Segment(text);

        Assert.Equal(2, segmentation.Blocks[0].Children.Count);
        Assert.Equal(["One", "Two"], Tokens(segmentation, SyntaxKind.MetadataValueToken).Select(t => t.Value));
        var diagnostic = Assert.Single(segmentation.Diagnostics);
        Assert.Equal(SyntaxDiagnosticIds.SyntaxError, diagnostic.Id);
        Assert.Equal(text.LastIndexOf("title", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Contains("'title'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFlowListLeftOpenIsReportedInWordsAWriterKnowsAtTheLastPointRead()
    {
        // The YAML reader fails here with .NET's "Operation is not valid due to the current state
        // of the object.", which was shown as it was, at the start of the front matter.
        const string text = "---\ntitle: ok\ntags: [a, b\ndate: 2022-04-29\n---\nBody.\n";

        var diagnostic = Assert.Single(Segment(text).Diagnostics);

        Assert.Equal("front matter is not valid YAML: the text after this point cannot be read (is a '[' or '{' left open?)", diagnostic.Message);
        Assert.DoesNotContain("Operation is not valid", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Span.Start > text.IndexOf("tags", StringComparison.Ordinal), $"at {diagnostic.Span.Start}");
    }

    [Fact]
    public void InvalidYamlIsReportedAtTheErrorAndKeptVerbatim()
    {
        const string text = "---\ntitle: ok\nbad: a: b\n---\nBody.\n";

        var segmentation = Segment(text);

        var diagnostic = Assert.Single(segmentation.Diagnostics);
        Assert.Equal(SyntaxDiagnosticIds.SyntaxError, diagnostic.Id);
        Assert.StartsWith("front matter is not valid YAML: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("a: b", StringComparison.Ordinal) + 1, diagnostic.Span.Start);
        Assert.Empty(segmentation.Blocks[0].Children);
        Assert.Equal(["title: ok\nbad: a: b"], SegmentationAssert.Texts(text, segmentation, LexMode.Verbatim));
        Assert.Equal(BlockKind.Paragraph, segmentation.Blocks[1].Kind);
    }

    [Fact]
    public void UnclosedFrontMatterIsReportedAndTheRestIsVerbatim()
    {
        const string text = "---\ntitle: never closed\n\nMS. PSAKI: Hello.\n";

        var segmentation = Segment(text);

        var diagnostic = Assert.Single(segmentation.Diagnostics);
        Assert.Equal("front matter opened on line 1 is never closed", diagnostic.Message);
        Assert.Equal((0, 3), (diagnostic.Span.Start, diagnostic.Span.Length));
        var block = Assert.Single(segmentation.Blocks);
        Assert.Equal(BlockKind.FrontMatter, block.Kind);
        Assert.Equal(["title: never closed\n\nMS. PSAKI: Hello."], SegmentationAssert.Texts(text, segmentation, LexMode.Verbatim));
    }

    [Fact]
    public void BlockQuoteMarkersAndStrongDelimitersAreMarkup()
    {
        const string text = "> **Q:** Is it true?\n> It is.\n>\n> MS. PSAKI: Yes.\n";

        var segmentation = Segment(text);

        Assert.Equal(
            """
            BlockQuote "> **Q:** Is it true?\n> It is.\n>\n> MS. PSAKI: Yes."
              Paragraph "**Q:** Is it true?\n> It is."
              Paragraph "MS. PSAKI: Yes."
            """.ReplaceLineEndings("\n"),
            SegmentationAssert.Outline(text, segmentation));
        Assert.Equal([">", "**", "**", ">", ">", ">"], SegmentationAssert.Texts(text, segmentation, LexMode.Markup));
        var strong = segmentation.Ranges.Where(r => r.Mode == LexMode.Markup).ElementAt(1);
        Assert.Equal(2, strong.Start);
    }

    [Fact]
    public void HeadingsListsAndBreaksHaveTheirKindsAndMarkup()
    {
        const string text = "## Topics ##\n\n- One\n- Two\n  continued\n\n1. First\n\nSetext\n======\n\n***\n";

        var segmentation = Segment(text);

        Assert.Equal(
            """
            Heading "## Topics ##"
            List "- One\n- Two\n  continued"
              ListItem "- One"
                Paragraph "One"
              ListItem "- Two\n  continued"
                Paragraph "Two\n  continued"
            List "1. First"
              ListItem "1. First"
                Paragraph "First"
            Heading "Setext\n======"
            ThematicBreak "***"
            """.ReplaceLineEndings("\n"),
            SegmentationAssert.Outline(text, segmentation));
        Assert.Equal(["##", "##", "-", "-", "1.", "======", "***"], SegmentationAssert.Texts(text, segmentation, LexMode.Markup));
    }

    [Fact]
    public void InlineLinksAreCollectedAndTheirDestinationsStayProse()
    {
        const string text = "See [the *fact* sheet](https://example.gov/a \"Title\") and <https://example.gov/b>.\n";

        var segmentation = Segment(text);

        var link = Assert.Single(segmentation.Links);
        Assert.Equal("[the *fact* sheet](https://example.gov/a \"Title\")", text[link.Start..link.End]);
        Assert.Equal(["[", "*", "*", "](", "\"Title\")", "<", ">"], SegmentationAssert.Texts(text, segmentation, LexMode.Markup));
        Assert.DoesNotContain(segmentation.Ranges, r => text[r.Start..r.End].Contains("https", StringComparison.Ordinal));
    }

    [Fact]
    public void EscapesCodeSpansAndInlineHtmlAreMarkedUp()
    {
        const string text = "Mayor \\[Harrell\\] said `x = 1`<br>twice<!-- note -->.\\\nNext line.\n";

        var segmentation = Segment(text);

        Assert.Equal(["\\", "\\", "`", "`", "<br>", "\\"], SegmentationAssert.Texts(text, segmentation, LexMode.Markup));
        Assert.Equal(["x = 1"], SegmentationAssert.Texts(text, segmentation, LexMode.Verbatim));
        var comment = Assert.Single(segmentation.Ranges, r => r.Mode == LexMode.Token);
        Assert.Equal((SyntaxKind.CommentToken, "<!-- note -->"), (comment.TokenKind, text[comment.Start..comment.End]));
    }

    [Fact]
    public void AnHtmlBlockThatIsOneCommentIsACommentBlock()
    {
        const string text = "Before.\n\n<!-- stmtlint-disable SL1001 -->\n\n<div>\nraw\n</div>\n";

        var segmentation = Segment(text);

        Assert.Equal(
            """
            Paragraph "Before."
            Comment "<!-- stmtlint-disable SL1001 -->"
            HtmlBlock "<div>\nraw\n</div>"
            """.ReplaceLineEndings("\n"),
            SegmentationAssert.Outline(text, segmentation));
        var comment = Assert.Single(segmentation.Ranges, r => r.Mode == LexMode.Token);
        Assert.Equal((SyntaxKind.CommentToken, "<!-- stmtlint-disable SL1001 -->"), (comment.TokenKind, text[comment.Start..comment.End]));
        Assert.Equal(["<div>", "raw", "</div>"], SegmentationAssert.Texts(text, segmentation, LexMode.Verbatim));
    }

    [Fact]
    public void AnUnclosedCodeFenceRunsToTheEndOfTheDocument()
    {
        const string text = "Intro.\n\n```text\nline one\n\nline two\n";

        var segmentation = Segment(text);

        Assert.Equal(
            """
            Paragraph "Intro."
            CodeBlock "```text\nline one\n\nline two"
            """.ReplaceLineEndings("\n"),
            SegmentationAssert.Outline(text, segmentation));
        Assert.Equal(["```text"], SegmentationAssert.Texts(text, segmentation, LexMode.Markup));
        Assert.Equal(["line one", "line two"], SegmentationAssert.Texts(text, segmentation, LexMode.Verbatim));
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("bullets")]
    [InlineData("indented lists")]
    [InlineData("mixed containers")]
    [InlineData("emphasis")]
    [InlineData("brackets")]
    [InlineData("yaml flow")]
    public void DeepNestingFinishesQuicklyAndKeepsTheContract(string shape)
    {
        var text = shape switch
        {
            "quotes" => new string('>', 10_000) + " deep\n\nafter\n",
            "bullets" => string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep\n",
            "indented lists" => string.Join("\n", Enumerable.Range(0, 500).Select(i => new string(' ', 2 * i) + "- item")),
            "mixed containers" => string.Concat(Enumerable.Repeat("> 1. - ", 3_000)) + "deep\n",
            "emphasis" => new string('*', 10_000) + "deep" + new string('*', 10_000),
            // Markdig's bracket matching and YamlDotNet's flow parsing are superlinear (about a second for
            // 10,000 levels each), so these stay smaller; they are still far past the nesting caps.
            "brackets" => new string('[', 1_000) + "deep" + new string(']', 1_000) + "(u)",
            _ => "---\nkey: " + new string('[', 1_000) + new string(']', 1_000) + "\n---\nBody.\n",
        };

        var stopwatch = Stopwatch.StartNew();
        var segmentation = Segment(text);

        // Generous, because test machines are shared; a stack overflow or runaway recursion fails long before.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"segmenting took {stopwatch.Elapsed}");
        SegmentationAssert.WellFormed(text, segmentation, shape);
        Assert.NotEmpty(segmentation.Blocks);
    }

    [Fact]
    public void NestingPastTheCapIsKeptVerbatimWithADiagnostic()
    {
        var text = new string('>', 100) + " deep\n";

        var segmentation = Segment(text);

        var diagnostic = Assert.Single(segmentation.Diagnostics);
        Assert.Contains("nesting deeper than 64 levels", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([new string('>', 36) + " deep"], SegmentationAssert.Texts(text, segmentation, LexMode.Verbatim));
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\r\n---")]
    [InlineData("\uFEFF")]
    [InlineData("a\r\nb\rc\nd\r\n\r\n> q\r> r\n")]
    [InlineData("\0\0# \0\n> \0 x\0\n")]
    [InlineData("\t- a\n\t\t- b\n\t\t\t```\n\tcode\t\n")]
    [InlineData("😀 **😀** [😀](😀) `😀`\n> 😀\r\n")]
    [InlineData("---\ntitle: [unclosed\n---\n")]
    [InlineData("---\n\tkey: tab\n---\n")]
    [InlineData("---\n- a\n- b\n---\nbody\n")]
    [InlineData("---\na: &x [1, 2]\nb: *x\n? complex\n: value\n---\n")]
    [InlineData("[ref]: https://example.gov\n\n[text][ref] and [missing][nope]\n")]
    [InlineData("<!-- open comment\n\nstill open\n")]
    [InlineData("> <!-- a\n> b -->\n")]
    [InlineData("* * *\n- \n-\n1.\n+ x\n")]
    [InlineData("Line  \nhard\\\nbreaks\u2028and\u0085others\r\n")]
    public void UnusualInputKeepsTheContract(string text)
    {
        var segmentation = Segment(text);

        SegmentationAssert.WellFormed(text, segmentation, SegmentationAssert.Escape(text));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void EveryCorpusBriefingSegmentsIntoWellFormedRangesAndBlocks()
    {
        foreach (var file in Corpus.Files())
        {
            var text = File.ReadAllText(file);

            var segmentation = Segment(text);

            var name = Path.GetFileName(file);
            SegmentationAssert.WellFormed(text, segmentation, name);
            Assert.Equal(BlockKind.FrontMatter, segmentation.Blocks[0].Kind);
            Assert.NotEmpty(segmentation.Blocks[0].Children);
            Assert.Empty(segmentation.Diagnostics);
        }
    }

    private static Segmentation Segment(string text) => MarkdownSegmenter.Segment(text, Vocabulary.Default);

    private static List<LexRange> Tokens(Segmentation segmentation, SyntaxKind kind) =>
        [.. segmentation.Ranges.Where(r => r.Mode == LexMode.Token && r.TokenKind == kind)];
}
