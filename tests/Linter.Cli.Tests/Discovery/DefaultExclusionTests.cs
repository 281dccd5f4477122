namespace Linter.Cli.Tests.Discovery;

/// <summary>A folder search leaves out a repository's own documents, .github/ and .stmtlint-cache/, unless configuration names them.</summary>
public sealed class DefaultExclusionTests : IDisposable
{
    private const string Undated = "Statement by Minister\n\nTrade is down.\n";

    private readonly TempDirectory _temp = new();

    public DefaultExclusionTests()
    {
        foreach (var path in new[] { "README.md", "CHANGELOG.md", "CONTRIBUTING.markdown", "LICENSE.txt", "CODE_OF_CONDUCT.md", "SECURITY.md", "docs/readme.txt", ".github/ISSUE_TEMPLATE/bug.md", ".stmtlint-cache/x.md", "statement.txt" })
        {
            _temp.Write(path, Undated);
        }
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void CheckDotLintsOnlyTheStatements()
    {
        var result = CliRunner.Run(_temp.Path, "check", "--no-cache", ".");

        Assert.Equal("statement.txt(1,1,1,22): error SL2001: the document has no date: add a 'date' to the front matter, a dateline to the title or a publish stamp [missing-date]\n", result.Stdout);
    }

    [Fact]
    public void AFolderWithOnlyAReadmeAndAChangelogPasses()
    {
        using var temp = new TempDirectory();
        temp.Write("README.md", Undated);
        temp.Write("CHANGELOG.md", Undated);

        var result = CliRunner.Run(temp.Path, "check", "--no-cache", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("stmtlint: 0 files checked: 0 errors, 0 warnings, 0 info\n", result.Stderr);
    }

    [Fact]
    public void AFileNamedOnTheCommandLineIsChecked()
    {
        var result = CliRunner.Run(_temp.Path, "check", "--no-cache", "README.md");

        Assert.StartsWith("README.md(", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("error SL2001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIncludeGlobThatNamesThemBringsThemBack()
    {
        _temp.Write(".stmtlint.yaml", "include: [\"**/*.txt\", \"README.md\", \".github/**\"]\n");

        var result = CliRunner.Run(_temp.Path, "check", "--no-cache", ".");

        Assert.Equal([".github/ISSUE_TEMPLATE/bug.md", "README.md", "statement.txt"], Paths(result));
    }

    [Fact]
    public void AGenericIncludeGlobDoesNotBringThemBack()
    {
        _temp.Write(".stmtlint.yaml", "include: [\"**/*.md\", \"**/*.txt\"]\n");

        var result = CliRunner.Run(_temp.Path, "check", "--no-cache", ".");

        Assert.Equal(["statement.txt"], Paths(result));
    }

    [Fact]
    public void InitWritesTheIncludeGlobsCommented()
    {
        using var temp = new TempDirectory();

        CliRunner.Run(temp.Path, "init");
        var text = File.ReadAllText(Path.Combine(temp.Path, ".stmtlint.yaml"));

        Assert.Contains("#   - \"README.md\"\n", text, StringComparison.Ordinal);
        Assert.Contains("#   - \".github/**\"\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\ninclude:", text, StringComparison.Ordinal);
    }

    private static string[] Paths(CliResult result) =>
        [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]).Distinct()];
}
