using Linter.Cli.Discovery;

namespace Linter.Cli.Tests.Discovery;

public sealed class ChangedLinesTests
{
    private const string Diff = """
        diff --git a/doc.txt b/doc.txt
        index 1111111..2222222 100644
        --- a/doc.txt
        +++ b/doc.txt
        @@ -2,0 +3,2 @@ Title
        +one
        +two
        @@ -9 +11 @@ Context
        -old
        +new
        @@ -20,3 +21,0 @@
        -gone
        -gone
        -gone
        """;

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(11, true)]
    [InlineData(2, false)]
    [InlineData(5, false)]
    [InlineData(21, false)]
    public void ReadsTheNewFileLinesOfEveryHunk(int line, bool changed)
    {
        Assert.Equal(changed, ChangedLines.FromDiff(Diff).Touches(line, line));
    }

    [Fact]
    public void ASpanOverSeveralLinesTouchesAChangeInside()
    {
        Assert.True(ChangedLines.FromDiff(Diff).Touches(9, 12));
    }

    [Fact]
    public void AnUntrackedFileIsChangedEverywhere()
    {
        Assert.True(ChangedLines.All.Touches(1000, 1000));
    }
}
