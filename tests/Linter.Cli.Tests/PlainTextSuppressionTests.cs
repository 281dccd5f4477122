namespace Linter.Cli.Tests;

/// <summary>A suppression directive in a .txt document is reported, since it suppresses nothing there.</summary>
public sealed class PlainTextSuppressionTests
{
    [Fact]
    public void CheckReportsTheDirectiveAndStillReportsWhatItMeantToSuppress()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "Statement by Minister (2022-04-29)\n\n<!-- stmtlint-disable-next-line SL4002 -->\nPrint\n");

        var result = CliRunner.Run(temp.Path, "check", "--no-cache", "doc.txt");

        Assert.Contains("doc.txt(3,1,3,43): warning SL0005: 'stmtlint-disable-next-line' does nothing in a plain-text document, which has no comments: turn rules off for files with 'overrides:' in .stmtlint.yaml, or adopt a baseline (check --write-baseline) [suppression-in-plain-text]\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning SL4002", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainFindsTheRulePage()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "explain", "SL0005");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("overrides:", result.Stdout, StringComparison.Ordinal);
    }
}
