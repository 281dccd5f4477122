using System.Text.Json;

namespace Linter.Cli.Tests;

public sealed class TreeCommandTests
{
    [Fact]
    public void PrintsTheTextDump()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "Print\n");

        var result = CliRunner.Run(temp.Path, "tree", "doc.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Document [0..", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("WordToken [0..5) 1:1 \"Print\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Trivia", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintsTriviaWhenAsked()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "Print\n");

        var result = CliRunner.Run(temp.Path, "tree", "doc.txt", "--trivia");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("EndOfLineTrivia [5..6) 1:6 \"\\n\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintsJsonWhenAsked()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "Print\n");

        var result = CliRunner.Run(temp.Path, "tree", "doc.txt", "--json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        Assert.Equal("Document", document.RootElement.GetProperty("kind").GetString());
        Assert.True(document.RootElement.GetProperty("children").GetArrayLength() > 0);
    }

    [Fact]
    public void ExitsWithTwoWhenTheFileDoesNotExist()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "tree", "missing.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: path 'missing.txt' does not exist\n", result.Stderr);
    }

    [Fact]
    public void ExitsWithTwoWithoutAFile()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "tree");

        Assert.Equal(2, result.ExitCode);
    }
}
