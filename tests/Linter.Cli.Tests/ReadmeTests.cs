namespace Linter.Cli.Tests;

public sealed class ReadmeTests
{
    [Fact]
    public void QuickStartShowsWhatCheckingTheSamplesPrints()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var result = CliRunner.Run(RepositoryPaths.Root, "check", "samples");

        var shown = result.Stdout + result.Stderr;
        Assert.Contains("```text\n" + shown, readme, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }
}
