using Linter.Cli.Formatters;

namespace Linter.Cli.Tests.Formatters;

/// <summary>Every format of <c>check</c> on the fixture tree, approved as a whole.</summary>
public sealed class FormatSnapshotTests
{
    [Theory]
    [InlineData("pretty")]
    [InlineData("msbuild")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("junit")]
    [InlineData("html")]
    public void WritesEachFormatOfTheFixtureTree(string format)
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", format);

        Assert.Equal(1, result.ExitCode);
        Approved.Verify(FormatterRunner.Stable(result.Stdout, temp.Path), FormatterRunner.SnapshotFolder, $"FormatSnapshotTests.{format}");
    }

    [Fact]
    public void ColoursPrettyOutputOnATerminal()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, FormatterRunner.Environment(terminal: true), "check", "docs/chrome.txt");

        Assert.Contains("\u001b[1;33mwarning[SL4002]\u001b[0m", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NoColorTurnsColoursOffOnATerminal()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, FormatterRunner.Environment(true, ("NO_COLOR", "1")), "check", "docs/chrome.txt");

        Assert.StartsWith("warning[SL4002]: ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Stdout);
    }

    [Fact]
    public void NoColorOptionTurnsColoursOffOnATerminal()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, FormatterRunner.Environment(terminal: true), "check", "--no-color", "docs/chrome.txt");

        Assert.StartsWith("warning[SL4002]: ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Stdout);
    }

    [Fact]
    public void DefaultsToGitHubAnnotationsInGitHubActions()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, FormatterRunner.Environment(true, ("GITHUB_ACTIONS", "true")), "check", "docs/chrome.txt");

        Assert.Equal("::warning file=docs/chrome.txt,line=5,col=1,endLine=5,endColumn=6,title=SL4002 page-boilerplate::page boilerplate 'Print' left in the text\n", result.Stdout);
    }

    [Fact]
    public void DefaultsToPrettyOnATerminalAndToMsBuildOtherwise()
    {
        using var temp = FixtureTree.Create();

        var terminal = FormatterRunner.Run(temp.Path, FormatterRunner.Environment(terminal: true, ("NO_COLOR", "1")), "check", "docs/chrome.txt");
        var piped = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "docs/chrome.txt");

        Assert.StartsWith("warning[SL4002]: ", terminal.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("docs/chrome.txt(5,1,5,6): warning SL4002: ", piped.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesEachOutputFileAfterItsFormatAndTheRestToStdout()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "pretty", "--format", "sarif", "--output", "out/report.sarif", "--format", "json", "--output", "report.json", "docs/chrome.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("warning[SL4002]: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(Path.Combine(temp.Path, "out/report.sarif")), StringComparison.Ordinal);
        Assert.Contains("\"version\": 1,", File.ReadAllText(Path.Combine(temp.Path, "report.json")), StringComparison.Ordinal);
        Assert.Equal(["report.sarif"], Directory.GetFiles(Path.Combine(temp.Path, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void ShowsTheSourceLineOfADocumentReadFromStandardInput()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.RunWithStdin(temp.Path, CliEnvironment.None, FixtureTree.Dated + "\nPrint\n", "check", "--format", "pretty", "--stdin-filename", "typed.txt", "-");

        Assert.Contains(" --> typed.txt:5:1\n  |\n5 | Print\n  | ^^^^^\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesTwoFormatsOnStdout()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "pretty", "--format", "json", "clean.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: formats pretty and json would both write to stdout; give all but one an --output FILE after its --format\n", result.Stderr);
    }

    [Theory]
    [InlineData("clean.txt", 0)]
    [InlineData("docs/chrome.txt", 0)]
    [InlineData("docs/undated.txt", 1)]
    public void ExitsWithZeroWhenCleanOrWarningsOnlyAndOneOnErrors(string path, int exitCode)
    {
        using var temp = FixtureTree.Create();

        foreach (var format in OutputFormats.Names)
        {
            var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", format, path);

            Assert.Equal(exitCode, result.ExitCode);
        }
    }
}
