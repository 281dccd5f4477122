namespace Linter.Cli.Tests;

/// <summary>Unknown options and commands, bad option values, and what <c>check --help</c> shows.</summary>
public sealed class CommandLineUsageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public CommandLineUsageTests()
    {
        _temp.Write("doc.txt", "Statement by Minister (2022-04-29)\n\nTrade is down.\n");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AnUnknownOptionIsNamedWithTheClosestOne()
    {
        var result = CliRunner.Run(_temp.Path, "check", "doc.txt", "--max-warning", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("stmtlint: error: unknown option '--max-warning'; did you mean '--max-warnings'?\nRun 'stmtlint --help' for usage.\n", result.Stderr);
    }

    [Fact]
    public void AnUnknownOptionWithNothingCloseSendsToTheHelp()
    {
        var result = CliRunner.Run(_temp.Path, "check", "--frobnicate", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("stmtlint: error: unknown option '--frobnicate'; run 'stmtlint check --help' for the options\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void APathAfterDoubleDashMayLookLikeAnOption()
    {
        _temp.Write("--odd.txt", "Statement by Minister (2022-04-29)\n\nTrade is down.\n");

        var result = CliRunner.Run(_temp.Path, "check", "--", "--odd.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("stmtlint: 1 file checked: 0 errors, 0 warnings, 0 info\n", result.Stderr);
    }

    [Fact]
    public void AMisspeltCommandSuggestsTheCommand()
    {
        var result = CliRunner.Run(_temp.Path, "chek");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("stmtlint: error: unknown command 'chek'; did you mean 'check'?\n", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--jobs", "N")]
    [InlineData("--max-warnings", "N")]
    [InlineData("--max-file-size", "MB")]
    public void ANumberOptionWithTextSaysWhatItExpects(string option, string placeholder)
    {
        var result = CliRunner.Run(_temp.Path, "check", option, "abc", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"stmtlint: error: {option} expects a whole number ({placeholder}), not 'abc'\n", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutputThatIsADirectoryIsAUsageError()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, "reports"));

        var result = CliRunner.Run(_temp.Path, "check", "--format", "junit", "--output", "reports", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: --output 'reports' is a directory; give the name of a file to write the junit report to\n", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutputUnderAFileIsAUsageError()
    {
        var result = CliRunner.Run(_temp.Path, "check", "--output", "doc.txt/report.txt", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: --output 'doc.txt/report.txt' cannot be written: 'doc.txt' is a file, not a folder\n", result.Stderr);
    }

    [Fact]
    public void HelpNamesWhatEachOptionTakes()
    {
        var help = CliRunner.Run(_temp.Path, "check", "--help").Stdout;

        Assert.Contains("--changed-since <REF>", help, StringComparison.Ordinal);
        Assert.Contains("--shard <K/N>", help, StringComparison.Ordinal);
        Assert.Contains("--baseline <FILE>", help, StringComparison.Ordinal);
        Assert.Contains("--jobs <N>", help, StringComparison.Ordinal);
        Assert.DoesNotContain("<changed-since>", help, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckHelpEndsWithExamplesAndExitCodes()
    {
        var result = CliRunner.Run(_temp.Path, "check", "--help");

        Assert.Equal(0, result.ExitCode);
        var examples = result.Stdout.IndexOf("Examples:", StringComparison.Ordinal);
        var exitCodes = result.Stdout.IndexOf("Exit codes:", StringComparison.Ordinal);
        Assert.True(examples > result.Stdout.IndexOf("--help", StringComparison.Ordinal));
        Assert.True(exitCodes > examples);
        Assert.EndsWith("could not be written, or an internal failure.\n", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherCommandsHelpHasNoCheckExamples()
    {
        Assert.DoesNotContain("Exit codes:", CliRunner.Run(_temp.Path, "tree", "--help").Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("init")]
    [InlineData("rules")]
    [InlineData("explain")]
    [InlineData("tree")]
    [InlineData("test-rules")]
    [InlineData("new-rule")]
    [InlineData("claims")]
    [InlineData("config")]
    [InlineData("lsp")]
    public void EveryCommandsHelpIsShownEvenWhenItsArgumentIsMissing(string command)
    {
        var result = CliRunner.Run(_temp.Path, command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($" {command} ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Required argument missing", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }
}
