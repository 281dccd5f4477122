using ApprovalTests;
using ApprovalTests.Reporters;

namespace Linter.Cli.Tests;

[UseReporter(typeof(QuietReporter))]
public sealed class CheckCommandTests
{
    private const string DatedAndClean = "Statement by Minister (2022-4-29)\n\nThe Report says that trade is up. However, trade is down.\n";
    private const string Undated = "Statement by Minister\n\nTrade is down.\n";

    [Fact]
    public void ExitsWithZeroWhenThereAreNoErrors()
    {
        using var temp = new TempDirectory();
        temp.Write("clean.txt", DatedAndClean);

        var result = CliRunner.Run(temp.Path, "check", "clean.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("stmtlint: 1 file checked: 0 errors, 0 warnings, 0 info\n", result.Stderr);
    }

    [Fact]
    public void ExitsWithZeroWhenThereAreOnlyWarnings()
    {
        using var temp = new TempDirectory();
        temp.Write("chrome.txt", DatedAndClean + "\nPrint\n");

        var result = CliRunner.Run(temp.Path, "check", "chrome.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("chrome.txt(5,1,5,6): warning SL4002: page boilerplate 'Print' left in the text [page-boilerplate]\n", result.Stdout);
    }

    [Fact]
    public void ExitsWithOneAndPrintsMsBuildLinesWhenThereAreErrors()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/undated.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check", "docs");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "docs/undated.txt(1,1,1,22): error SL2001: the document has no date: add a 'date' to the front matter, a dateline to the title or a publish stamp [missing-date]\n",
            result.Stdout);
        Assert.Equal("stmtlint: 1 file checked: 1 error, 0 warnings, 0 info\n", result.Stderr);
    }

    [Fact]
    public void ExitsWithTwoWhenAPathDoesNotExist()
    {
        using var temp = new TempDirectory();
        temp.Write("clean.txt", DatedAndClean);

        var result = CliRunner.Run(temp.Path, "check", "clean.txt", "missing.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("stmtlint: error: path 'missing.md' does not exist\n", result.Stderr);
    }

    [Fact]
    public void PrintsTheHelpAndExitsWithTwoWithoutArguments()
    {
        var result = CliRunner.Run(Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("Usage:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("check", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitsWithTwoOnAnUnknownCommand()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "lint-everything");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("stmtlint: error: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void WalksDirectoriesForDocumentsAndSkipsToolFolders()
    {
        using var temp = new TempDirectory();
        foreach (var path in new[] { "b/two.md", "a/one.txt", "a/three.markdown", "bin/x.txt", "obj/x.md", ".git/x.md", "node_modules/p/x.md", "a/notes.json", "a/deep/er/four.TXT" })
        {
            temp.Write(path, Undated);
        }

        var result = CliRunner.Run(temp.Path, "check", ".");

        // A Markdown copy has no "# " title, so it gets SL2005 beside SL2001: each file is listed once.
        var files = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)]).Distinct();
        Assert.Equal(["a/deep/er/four.TXT", "a/one.txt", "a/three.markdown", "b/two.md"], files);
        Assert.StartsWith("stmtlint: 4 files checked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ChecksTheCurrentDirectoryWhenNoPathIsGiven()
    {
        using var temp = new TempDirectory();
        temp.Write("undated.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("undated.txt(", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ChecksANamedFileWhateverItsExtension()
    {
        using var temp = new TempDirectory();
        temp.Write("statement.text", Undated);

        var result = CliRunner.Run(temp.Path, "check", "statement.text");

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void PrintsTheSameOutputOnEveryRun()
    {
        using var temp = new TempDirectory();
        for (var i = 0; i < 40; i++)
        {
            temp.Write($"doc{i:D2}.txt", i % 2 == 0 ? Undated : DatedAndClean + "\nPrint\n");
        }

        var first = CliRunner.Run(temp.Path, "check", ".");
        var second = CliRunner.Run(temp.Path, "check", ".");

        Assert.Equal(first, second);
        Assert.Equal(40, first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void ChecksTheCanonicalExample()
    {
        var result = CliRunner.Run(CliRunner.RepositoryRoot(), "check", "--format", "msbuild", "samples/spokesperson-remarks-2022-04-29.txt");

        Assert.Equal(0, result.ExitCode);
        Approvals.Verify(result.Stdout);
    }
}
