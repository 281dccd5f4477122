namespace Linter.Cli.Tests.RuleAuthoring;

public sealed class NewRuleCommandTests
{
    [Fact]
    public void WritesAYamlRuleWhoseFixturesPassAndRegistersIt()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "# ours\nrules:\n  SL4004: off   # noisy\n");
        Directory.CreateDirectory(Path.Combine(directory.Path, "drafts"));

        var created = CliRunner.Run(Path.Combine(directory.Path, "drafts"), "new-rule", "HOUSE010", "--yaml", "--name", "no-todo");
        var tested = CliRunner.Run(directory.Path, "test-rules", "rules/tests");
        directory.Write("drafts/note.txt", "Remarks (2024-05-08)\n\nWe will reply TODO.\n");
        var checkedDrafts = CliRunner.Run(directory.Path, "check", ".", "--no-cache", "--format", "msbuild");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(
            "# ours\nrules:\n  SL4004: off   # noisy\ncustom-rules:\n  - 'rules/HOUSE010.yaml'\nexclude:\n  - 'rules/tests/**'\n",
            File.ReadAllText(Path.Combine(directory.Path, ".stmtlint.yaml")));
        Assert.Equal(0, tested.ExitCode);
        Assert.Contains("2 fixtures: 2 passed, 0 failed", tested.Stdout, StringComparison.Ordinal);
        Assert.Contains("drafts/note.txt(3,15,3,19): warning HOUSE010: 'TODO' left in the text: finish the sentence before publishing [no-todo]\n", checkedDrafts.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("rules/tests", checkedDrafts.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesACSharpRuleAndItsFixtures()
    {
        using var directory = new TempDirectory();

        var result = CliRunner.Run(directory.Path, "new-rule", "HOUSE011", "--csharp", "--name", "no-tk");

        Assert.Equal(0, result.ExitCode);
        var source = File.ReadAllText(Path.Combine(directory.Path, "rules", "HOUSE011.cs"));
        Assert.Contains("public sealed class NoTkRule : Rule", source, StringComparison.Ordinal);
        Assert.Contains("id: \"HOUSE011\"", source, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory.Path, "rules", "tests", "HOUSE011.fires.md")));
        Assert.True(File.Exists(Path.Combine(directory.Path, "rules", "tests", "HOUSE011.silent.md")));
        Assert.Contains("custom-rules:\n  - 'rules/HOUSE011.cs'\n", File.ReadAllText(Path.Combine(directory.Path, ".stmtlint.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesToOverwriteAndWritesNothing()
    {
        using var directory = new TempDirectory();
        directory.Write("rules/tests/HOUSE010.silent.md", "mine\n");

        var result = CliRunner.Run(directory.Path, "new-rule", "HOUSE010", "--yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'rules/tests/HOUSE010.silent.md' already exists; nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory.Path, "rules", "HOUSE010.yaml")));
        Assert.False(File.Exists(Path.Combine(directory.Path, ".stmtlint.yaml")));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(directory.Path, "rules", "tests", "HOUSE010.silent.md")));
    }

    [Theory]
    [InlineData("SL9999", "--yaml")]
    [InlineData("house1", "--yaml")]
    [InlineData("HOUSE001", "--yaml", "--csharp")]
    [InlineData("HOUSE001")]
    public void RefusesBadRequests(params string[] args)
    {
        using var directory = new TempDirectory();

        var result = CliRunner.Run(directory.Path, ["new-rule", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }
}
