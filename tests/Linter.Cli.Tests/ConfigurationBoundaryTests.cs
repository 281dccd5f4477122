namespace Linter.Cli.Tests;

/// <summary>
/// Paths named by configuration (<c>extends</c>, a cited document's <c>path</c>, <c>custom-rules</c>)
/// stay inside the repository, symbolic links resolved: outside is an error that names the path and
/// shows nothing of what it holds. The secret files here stand for <c>/etc/shadow</c> and
/// <c>/proc/self/environ</c>, beside the repository rather than at the root of the machine.
/// </summary>
public sealed class ConfigurationBoundaryTests : IDisposable
{
    /// <summary>Text that must never be printed: it is in the secret files only.</summary>
    private const string Secret = "hunter2-secret";

    private const string Document = "Statement by Minister (2022-04-29)\n\nThe Declaration says \"openness for everyone\". However, trade is down.\n";

    private readonly TempDirectory _outer = new();

    public ConfigurationBoundaryTests()
    {
        // Lines that YAML reads as keys, as the lines of /etc/shadow were: each would come back as an "unknown key".
        _outer.Write("secret.yaml", $"{Secret}-root: x\n{Secret}-daemon: y\n");
        _outer.Write("secret.txt", $"The Declaration stresses openness for all. {Secret} PASSWORD=1\n");
        _outer.Write("rules/house.yaml", "id: HOUSE001\nname: no-very\nkind: existence\nmessage: \"" + Secret + "\"\ntokens: [very]\n");
        _outer.Write("repo/doc.txt", Document);
    }

    private string Repo => Path.Combine(_outer.Path, "repo");

    public void Dispose() => _outer.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ExtendsOutsideTheRepositoryIsAnErrorThatShowsNoneOfItsLines(bool inAGitWorkTree)
    {
        MakeRepository(inAGitWorkTree);
        _outer.Write("repo/.stmtlint.yaml", "root: true\nextends: ../secret.yaml\n");

        var result = CliRunner.Run(Repo, "check", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".stmtlint.yaml(2,10): error config: the extended configuration '../secret.yaml' is outside the repository", result.Stderr, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Fact]
    public void ExtendsThroughASymlinkOutOfTheRepositoryIsAnError()
    {
        MakeRepository(inAGitWorkTree: true);
        File.CreateSymbolicLink(Path.Combine(Repo, "base.yaml"), Path.Combine(_outer.Path, "secret.yaml"));
        _outer.Write("repo/.stmtlint.yaml", "extends: base.yaml\n");

        var result = CliRunner.Run(Repo, "check", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the extended configuration 'base.yaml' is outside the repository", result.Stderr, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Fact]
    public void AConfigurationFileThatIsASymlinkOutOfTheRepositoryIsNotRead()
    {
        MakeRepository(inAGitWorkTree: true);
        File.CreateSymbolicLink(Path.Combine(Repo, ".stmtlint.yaml"), Path.Combine(_outer.Path, "secret.yaml"));

        var result = CliRunner.Run(Repo, "check", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".stmtlint.yaml(1,1): error config: the configuration file is a link to a file outside the repository; it was not read", result.Stderr, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("link.txt")]
    public void ACitedPathOutsideTheRepositoryIsAnErrorAndItsTextIsNeverQuoted(string path)
    {
        MakeRepository(inAGitWorkTree: true);
        File.CreateSymbolicLink(Path.Combine(Repo, "link.txt"), Path.Combine(_outer.Path, "secret.txt"));
        _outer.Write("repo/.stmtlint.yaml", $"cited:\n  - name: Declaration for the Future of the Internet\n    aliases: [the Declaration]\n    path: {path}\n");

        var result = CliRunner.Run(Repo, "check", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($".stmtlint.yaml(4,11): error config: the cited document's text '{path}' is outside the repository", result.Stderr, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Theory]
    [InlineData("../rules/house.yaml")]
    [InlineData("../rules/*.yaml")]
    [InlineData("../**/*.yaml")]
    public void CustomRulesOutsideTheRepositoryAreAnError(string glob)
    {
        MakeRepository(inAGitWorkTree: true);
        _outer.Write("repo/.stmtlint.yaml", $"custom-rules: [\"{glob}\"]\n");

        var result = CliRunner.Run(Repo, "check", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error config: 'custom-rules' names '{glob}', which is outside the repository", result.Stderr, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Fact]
    public void ACustomRuleFileThatIsASymlinkOutOfTheRepositoryIsNotLoaded()
    {
        MakeRepository(inAGitWorkTree: true);
        Directory.CreateDirectory(Path.Combine(Repo, "house"));
        File.CreateSymbolicLink(Path.Combine(Repo, "house", "house.yaml"), Path.Combine(_outer.Path, "rules", "house.yaml"));
        _outer.Write("repo/.stmtlint.yaml", "custom-rules: [\"house/*.yaml\"]\n");
        _outer.Write("repo/doc.txt", Document + "\nIt is very good.\n");

        var result = CliRunner.Run(Repo, "check", "doc.txt");

        Assert.DoesNotContain("HOUSE001", result.Stdout, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Fact]
    public void AnExtendedFileThatIsNotAConfigurationQuotesNoneOfItsLines()
    {
        MakeRepository(inAGitWorkTree: true);
        _outer.Write("repo/notes.txt", $"{Secret}-one: 1\n{Secret}-two: 2\n");
        _outer.Write("repo/.stmtlint.yaml", "extends: notes.txt\n");

        var result = CliRunner.Run(Repo, "check", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("notes.txt(1,1): error config: this file is not a stmtlint configuration: none of its keys is one stmtlint knows", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, result.Stderr.Split('\n').Count(l => l.Contains("error config", StringComparison.Ordinal)));
        AssertNoSecret(result);
    }

    [Fact]
    public void PathsInsideTheRepositoryStillWork()
    {
        MakeRepository(inAGitWorkTree: true);
        _outer.Write("repo/base/shared.yaml", "rules:\n  SL4002: error\n");
        _outer.Write("repo/texts/declaration.txt", "The Declaration stresses openness for everyone.\n");
        _outer.Write("repo/docs/.stmtlint.yaml", "extends: ../base/shared.yaml\ncited:\n  - name: Declaration for the Future of the Internet\n    aliases: [the Declaration]\n    path: ../texts/declaration.txt\n");
        _outer.Write("repo/docs/doc.txt", Document);

        var result = CliRunner.Run(Repo, "check", "docs");

        Assert.NotEqual(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr.Split('\n').FirstOrDefault(l => l.Contains("error config", StringComparison.Ordinal)) ?? string.Empty);
    }

    [Fact]
    public async Task CustomRuleGlobsFollowNoSymlinkToAFolder()
    {
        // Issue 14: 'r/self -> .' loaded one rule 40 times ("ID already taken"); two such links never finished.
        MakeRepository(inAGitWorkTree: true);
        _outer.Write("repo/r/very.yaml", "id: HOUSE010\nname: no-very\nkind: existence\nmessage: \"'{match}' adds nothing\"\ntokens: [very]\n");
        Directory.CreateSymbolicLink(Path.Combine(Repo, "r", "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(Repo, "r", "b"), ".");
        _outer.Write("repo/.stmtlint.yaml", "custom-rules: [\"r/**/*.yaml\"]\n");
        _outer.Write("repo/doc.txt", Document + "\nIt is very good.\n");

        var result = await Task.Run(() => CliRunner.Run(Repo, "check", "--no-cache", "doc.txt")).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.DoesNotContain("already taken", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stdout.Split('\n'), l => l.Contains("HOUSE010", StringComparison.Ordinal));
    }

    private void MakeRepository(bool inAGitWorkTree)
    {
        if (inAGitWorkTree)
        {
            // What makes a git work tree for the boundary and for git itself; no commit is needed.
            Discovery.GitRepository.Init(Repo);
        }
    }

    private static void AssertNoSecret(CliResult result)
    {
        Assert.DoesNotContain(Secret, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.Stderr, StringComparison.Ordinal);
    }
}
