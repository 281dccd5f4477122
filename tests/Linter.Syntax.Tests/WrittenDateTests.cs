namespace Linter.Syntax.Tests;

public sealed class WrittenDateTests
{
    [Theory]
    [InlineData("2022-4-29", 2022, 4, 29, "yyyy-M-d")]
    [InlineData("2022-05-05", 2022, 5, 5, "yyyy-MM-dd")]
    [InlineData("2022-10-12", 2022, 10, 12, "yyyy-MM-dd")]
    [InlineData("2022-4-05", 2022, 4, 5, "yyyy-M-dd")]
    [InlineData("2022/05/05", 2022, 5, 5, "yyyy/MM/dd")]
    [InlineData("2022.5.5", 2022, 5, 5, "yyyy.M.d")]
    [InlineData("4/29/2022", 2022, 4, 29, "M/d/yyyy")]
    [InlineData("29/4/2022", 2022, 4, 29, "d/M/yyyy")]
    [InlineData("April 29, 2022", 2022, 4, 29, "MMMM d, yyyy")]
    [InlineData("June11, 2018", 2018, 6, 11, "MMMMd, yyyy")]
    [InlineData("Nov. 29", null, 11, 29, "MMM. d")]
    [InlineData("May 12", null, 5, 12, "MMMM d")]
    [InlineData("29 April 2022", 2022, 4, 29, "d MMMM yyyy")]
    [InlineData("01 Feb 2021", 2021, 2, 1, "dd MMM yyyy")]
    [InlineData("2 FEBRUARY 2021", 2021, 2, 2, "d MMMM yyyy")]
    [InlineData("29th April", null, 4, 29, "do MMMM")]
    [InlineData("May 1st, 2022", 2022, 5, 1, "MMMM do, yyyy")]
    public void ReadsTheFormsDatesAreWrittenIn(string text, int? year, int month, int day, string format)
    {
        var date = WrittenDate.Parse(text);

        Assert.NotNull(date);
        Assert.Equal((year, month, day, format), (date.Year, date.Month, date.Day, date.Format));
        Assert.True(date.IsValid);
        Assert.True(date.IsWrittenIn(date.Format), $"{text} is not written in its own format {date.Format}");
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2022-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("April 31")]
    [InlineData("0 May 2022")]
    public void ReportsDaysThatDoNotExistAsInvalid(string text)
    {
        var date = WrittenDate.Parse(text);

        Assert.NotNull(date);
        Assert.False(date.IsValid);
        Assert.Null(date.Date);
        Assert.Null(date.Render("yyyy-MM-dd"));
    }

    [Fact]
    public void AcceptsTheTwentyNinthOfFebruaryWithoutAYear()
    {
        Assert.True(WrittenDate.Parse("February 29")!.IsValid);
        Assert.True(WrittenDate.Parse("2024-02-29")!.IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Tuesday")]
    [InlineData("2022-4")]
    [InlineData("12345")]
    [InlineData("Smarch 3, 2022")]
    public void RejectsTextThatIsNoDate(string text)
    {
        Assert.Null(WrittenDate.Parse(text));
    }

    [Theory]
    [InlineData("2022-4-29", "yyyy-MM-dd", "2022-04-29")]
    [InlineData("2022-4-29", "MMMM d, yyyy", "April 29, 2022")]
    [InlineData("April 29, 2022", "d MMM yyyy", "29 Apr 2022")]
    [InlineData("1 May 2022", "MMMM do", "May 1st")]
    [InlineData("22 May 2022", "do 'of' MMMM yyyy", "22nd of May 2022")]
    [InlineData("13 May 2022", "do MMMM", "13th May")]
    public void RendersTheDateInAnyPattern(string text, string pattern, string expected)
    {
        Assert.Equal(expected, WrittenDate.Parse(text)!.Render(pattern));
    }

    [Fact]
    public void CannotRenderAYearItDoesNotHave()
    {
        Assert.Null(WrittenDate.Parse("May 12")!.Render("yyyy-MM-dd"));
        Assert.Equal("12 May", WrittenDate.Parse("May 12")!.Render("d MMMM"));
    }

    [Theory]
    [InlineData("2022-10-12", "yyyy-M-d", true)]
    [InlineData("2022-10-12", "yyyy-MM-dd", true)]
    [InlineData("2022-4-29", "yyyy-MM-dd", false)]
    [InlineData("2 FEBRUARY 2021", "d MMMM yyyy", true)]
    [InlineData("April\u00A029,  2022", "MMMM d, yyyy", true)]
    [InlineData("01 Feb 2021", "d MMM yyyy", false)]
    public void ComparesFormsByRendering(string text, string pattern, bool expected)
    {
        Assert.Equal(expected, WrittenDate.Parse(text)!.IsWrittenIn(pattern));
    }

    [Fact]
    public void ReadsADateTokenWithItsTreesVocabulary()
    {
        var tree = SyntaxTree.Parse("Remarks (2022-4-29)\n\nTrade is down.\n");
        var token = tree.Root.DescendantTokens().Single(t => t.Kind == SyntaxKind.DateToken);

        var date = WrittenDate.Parse(token);

        Assert.Equal(new DateOnly(2022, 4, 29), date?.Date);
    }

    [Fact]
    public void RendersADay()
    {
        Assert.Equal("5 May 2022", WrittenDate.Render(new DateOnly(2022, 5, 5), "d MMMM yyyy"));
    }
}
