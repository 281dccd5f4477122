using Linter.Syntax.Tests.Infrastructure;

namespace Linter.Syntax.Tests.Example;

/// <summary>
/// The shapes that real documents in the corpus take, as plain text: speaker labels of every kind,
/// publish stamps, title datelines in several spellings, and quotations running over paragraphs.
/// Each input is a trimmed copy of a corpus form.
/// </summary>
public sealed class CorpusFormTests
{
    // Real documents open with a title line; the label forms are tested in that position, as in the corpus.
    private const string FmprcTitle = "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on May 18, 2020\n\n";
    private const string BriefingTitle = "Press Briefing by Press Secretary Jen Psaki, April 29, 2022\n\n";
    private const string CallTitle = "Background Press Call by Senior Administration Officials on the Ukraine Supplemental Budget Request\n\n";
    private const string RemarksTitle = "Remarks by President Biden Before Air Force One Departure\n\n";

    [Fact]
    public void QuestionAnswerAndFollowUpLabelsOpenTurns()
    {
        var tree = Parse(FmprcTitle + "Q: Will China respond?\n\nA: We have made our position clear.\n\nFollow-up: You said all parties reached consensus.\n\nA: Our position is consistent.");

        Assert.Equal(["Q", "A", "Follow-up", "A"], Labels(tree));
        Assert.All(tree.Root.Body.Turns, turn => Assert.Equal(":", turn.Label.Colon?.Text));
        Assert.Equal("Our position is consistent.", tree.Root.Body.Turns.Last().Paragraphs.Single().ToString());
    }

    [Fact]
    public void AnAnswerLabelWithoutASpaceAfterItsColonOpensATurn()
    {
        // fmprc 2018-06-11: "A:You raised a complicated question."
        var tree = Parse(FmprcTitle + "Q: Do you think the summit succeeded?\n\nA:You raised a complicated question.");

        Assert.Equal(["Q", "A"], Labels(tree));
        Assert.Equal("You raised a complicated question.", tree.Root.Body.Turns.Last().Paragraphs.Single().ToString());
    }

    [Fact]
    public void ANamedLabelStillNeedsASpaceAfterItsColon()
    {
        var tree = Parse(FmprcTitle + "Reuters:Trade is down.");

        Assert.Empty(Labels(tree));
    }

    [Fact]
    public void OutletLabelThenSpokespersonLabelOpenTwoTurns()
    {
        var tree = Parse(
            FmprcTitle +
            "CCTV: Health ministers from China, Japan and the ROK held a special video conference. What is your comment?\n\n" +
            "Zhao Lijian: Last Friday night, China, Japan and the ROK held a special health ministers' meeting.\n\n" +
            "Associated Press of Pakistan: We noted President Xi wrote a reply letter.\n\n" +
            "Zhao Lijian: Thank you for the question.");

        Assert.Equal(["CCTV", "Zhao Lijian", "Associated Press of Pakistan", "Zhao Lijian"], Labels(tree));
        var first = tree.Root.Body.Turns.First();
        Assert.StartsWith("Health ministers from China", first.Paragraphs.First().ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MS. PSAKI:  Hi, everyone. It’s been a bit of an unusual week.")]
    [InlineData("MS. PSAKI:\u00A0 Hi, everyone. It’s been a bit of an unusual week.")]
    public void UpperCaseTitledLabelWithTwoSpacesOpensATurn(string line)
    {
        var tree = Parse(BriefingTitle + line + "\n\nQ:  Thanks, Jen.");

        Assert.Equal(["MS. PSAKI", "Q"], Labels(tree));
        var turn = tree.Root.Body.Turns.First();
        Assert.Equal(":", turn.Label.Colon?.Text);
        Assert.StartsWith("Hi, everyone.", turn.Paragraphs.First().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeniorAdministrationOfficialLabelOpensATurn()
    {
        var tree = Parse(CallTitle + "SENIOR ADMINISTRATION OFFICIAL:  Thanks so much. And good afternoon, everyone.\n\nQ:  Thank you for doing this.");

        Assert.Equal(["SENIOR ADMINISTRATION OFFICIAL", "Q"], Labels(tree));
    }

    [Fact]
    public void BareQFollowedByNoBreakSpacesOpensATurnWithoutColon()
    {
        var tree = Parse(RemarksTitle + "THE PRESIDENT:  Thank you.\n\nQ\u00A0\u00A0\u00A0 Mr. President, how did the release just happen?\n\nTHE PRESIDENT:  Well, it happened.");

        Assert.Equal(["THE PRESIDENT", "Q", "THE PRESIDENT"], Labels(tree));
        var question = tree.Root.Body.Turns.ElementAt(1);
        Assert.Null(question.Label.Colon);
        Assert.Equal("Q", question.Label.ToString());
        Assert.StartsWith("Mr. President, how did", question.Paragraphs.First().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DayMonthYearCommaTimeLineIsAPublishStamp()
    {
        var tree = Parse("MFA Press Statement: Official Visit of the Prime Minister of Malaysia\n01 Feb 2021, 11:49\n\nThe Prime Minister of Malaysia will make an official visit to Singapore.");

        var stamp = tree.Root.Header?.PublishStamp;
        Assert.NotNull(stamp);
        Assert.Equal("01 Feb 2021", stamp.DateToken?.Text);
        Assert.Equal("11:49", stamp.TimeToken?.Text);
        Assert.Equal("MFA Press Statement: Official Visit of the Prime Minister of Malaysia", tree.Root.Header?.Title?.ToString());
        Assert.Empty(tree.Root.Body.Turns);
    }

    [Fact]
    public void TitleEndingInCommaDayMonthYearHasADateline()
    {
        var tree = Parse("Minister for Foreign Affairs Dr Vivian Balakrishnan's Written Reply to Parliamentary Question on the Israeli-Hamas Conflict, 8 May 2024\n08 May 2024, 19:35\n\nQuestion text.");

        var title = tree.Root.Header?.Title;
        Assert.NotNull(title);
        Assert.StartsWith("Minister for Foreign Affairs", title.ToString(), StringComparison.Ordinal);
        Assert.Equal("8 May 2024", title.Dateline?.DateToken.Text);
        Assert.Equal("08 May 2024", tree.Root.Header?.PublishStamp?.DateToken?.Text);
        Assert.Equal("19:35", tree.Root.Header?.PublishStamp?.TimeToken?.Text);
    }

    [Fact]
    public void TitleEndingInOnMonthDayYearHasADateline()
    {
        var tree = Parse("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on November 29, 2018\n\nQ: What is your comment?\n\nA: We have noted the reports.");

        var title = tree.Root.Header?.Title;
        Assert.NotNull(title);
        Assert.Equal("November 29, 2018", title.Dateline?.DateToken.Text);
        Assert.Equal(["Q", "A"], Labels(tree));
    }

    [Fact]
    public void TitleWithMonthAndDayRunTogetherHasADateline()
    {
        var tree = Parse("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on June11, 2018\n\nQ: What is your comment?");

        var title = tree.Root.Header?.Title;
        Assert.NotNull(title);
        Assert.Equal("June11, 2018", title.Dateline?.DateToken.Text);
    }

    [Fact]
    public void QuotationOverSeveralParagraphsOpensEachParagraphAndClosesOnlyAtTheEnd()
    {
        const string text =
            "The President said:\n\n" +
            "“From segregation to the Supreme Court in one generation. I thank my family.\n\n" +
            "“Today we take a step forward.\n\n" +
            "“This is the day we have waited for.”\n\n" +
            "That was all.";
        var tree = Parse(text);

        Assert.DoesNotContain(tree.Diagnostics, d => d.Id == SyntaxDiagnosticIds.SyntaxError);
        var quotations = tree.Root.DescendantNodes().OfType<QuotationSyntax>().ToList();
        Assert.NotEmpty(quotations);

        // The first opening mark opens the quotation and the only closing mark closes it.
        var firstOpen = text.IndexOf('“', StringComparison.Ordinal);
        var lastClose = text.IndexOf('”', StringComparison.Ordinal);
        Assert.Equal(firstOpen, quotations[0].OpenQuote.Span.Start);
        Assert.Equal(SyntaxKind.OpenQuoteToken, quotations[0].OpenQuote.Kind);
        Assert.Equal(lastClose, quotations[^1].CloseQuote.Span.Start);
        Assert.Equal(SyntaxKind.CloseQuoteToken, quotations[^1].CloseQuote.Kind);
        Assert.False(quotations[^1].CloseQuote.IsMissing);

        // Every word of the three quoted paragraphs is quoted; the words before and after are not.
        var quotedEnd = lastClose + 1;
        foreach (var token in tree.Root.DescendantTokens().Where(t => t.Kind == SyntaxKind.WordToken))
        {
            var isQuoted = token.Parent.AncestorsAndSelf().Any(n => n.Kind == SyntaxKind.Quotation);
            var shouldBeQuoted = token.Span.Start > firstOpen && token.Span.End < quotedEnd;
            Assert.True(isQuoted == shouldBeQuoted, $"'{token.Text}' at {token.Span} is {(isQuoted ? string.Empty : "not ")}inside a quotation");
        }
    }

    private static SyntaxTree Parse(string text)
    {
        var tree = SyntaxTree.Parse(text, "x.txt");
        TreeInvariants.Assert(tree, "the input");
        return tree;
    }

    private static List<string> Labels(SyntaxTree tree) => [.. tree.Root.Body.Turns.Select(t => t.Label.Name)];
}
