namespace Linter.Cli.Tests.Baseline;

public sealed class BaselineTests
{
    private const string Title = "Statement by Minister (2022-4-29)\n\n";
    private const string Body = "The Report says that trade is up. However, trade is down.\n\nPrint\n";

    [Fact]
    public void ReportsNothingRightAfterWritingABaseline()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/doc.txt", Title + Body);

        var written = CliRunner.Run(temp.Path, "check", "--write-baseline", "baseline.json");
        var checkedAgain = CliRunner.Run(temp.Path, "check", "--baseline", "baseline.json");

        Assert.Equal(0, written.ExitCode);
        Assert.Contains("\"docs/doc.txt\"", File.ReadAllText(Path.Combine(temp.Path, "baseline.json")), StringComparison.Ordinal);
        Assert.Equal(0, checkedAgain.ExitCode);
        Assert.Equal(string.Empty, checkedAgain.Stdout);
    }

    [Fact]
    public void KeepsAFindingSuppressedAfterParagraphsAreInsertedAboveIt()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Title + Body);
        CliRunner.Run(temp.Path, "check", "--write-baseline", "baseline.json");
        temp.Write("doc.txt", Title + "A new opening paragraph.\n\nAnother one, with more words.\n\n" + Body);

        var unfiltered = CliRunner.Run(temp.Path, "check");
        var result = CliRunner.Run(temp.Path, "check", "--baseline", "baseline.json");

        Assert.Equal("doc.txt(9,1,9,6): warning SL4002: page boilerplate 'Print' left in the text [page-boilerplate]\n", unfiltered.Stdout);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void ReportsANewFindingOfTheSameRule()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Title + Body);
        CliRunner.Run(temp.Path, "check", "--write-baseline", "baseline.json");
        temp.Write("doc.txt", Title + Body + "\nSuggest to a friend\n");

        var result = CliRunner.Run(temp.Path, "check", "--baseline", "baseline.json");

        Assert.Equal("doc.txt(7,1,7,20): warning SL4002: page boilerplate 'Suggest to a friend' left in the text [page-boilerplate]\n", result.Stdout);
    }

    [Fact]
    public void ReportsAnIdenticalFindingAddedBesideABaselinedOne()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Title + Body);
        CliRunner.Run(temp.Path, "check", "--write-baseline", "baseline.json");
        temp.Write("doc.txt", Title + Body + "\nPrint\n");

        var result = CliRunner.Run(temp.Path, "check", "--baseline", "baseline.json");

        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ExitsWithTwoNamingThePathWhenTheBaselineIsMissing()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Title + Body);

        var result = CliRunner.Run(temp.Path, "check", "--baseline", "missing.json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"stmtlint: error: cannot read baseline file '{Path.Combine(temp.Path, "missing.json")}'", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"version\": 99, \"files\": {}}")]
    [InlineData("{\"version\": 1, \"files\": {\"doc.txt\": [{\"line\": 3}]}}")]
    public void ExitsWithTwoNamingThePathWhenTheBaselineIsCorrupt(string content)
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Title + Body);
        var path = temp.Write("baseline.json", content);

        var result = CliRunner.Run(temp.Path, "check", "--baseline", "baseline.json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"stmtlint: error: baseline file '{path}' is not a valid stmtlint baseline: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplacesAnExistingBaselineWithoutLeavingATemporaryFile()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Title + Body);
        temp.Write("baselines/baseline.json", "old");

        var result = CliRunner.Run(temp.Path, "check", "--write-baseline", "baselines/baseline.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["baseline.json"], Directory.GetFiles(Path.Combine(temp.Path, "baselines")).Select(Path.GetFileName));
        Assert.Contains("\"../doc.txt\"", File.ReadAllText(Path.Combine(temp.Path, "baselines/baseline.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void ExitsWithTwoWhenBaselineAndWriteBaselineAreBothGiven()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Title + Body);

        var result = CliRunner.Run(temp.Path, "check", "--baseline", "a.json", "--write-baseline", "b.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: --baseline and --write-baseline cannot be used together\n", result.Stderr);
    }
}
