using Linter.Cli.Tests.Discovery;
using Linter.Cli.Tests.NativeBuild;

namespace Linter.Cli.Tests.Distribution;

/// <summary>
/// The pre-commit hook (<c>.pre-commit-hooks.yaml</c>) as pre-commit itself runs it: Debian's pre-commit builds the
/// tool from this repository (<c>language: dotnet</c>) and checks the staged statements of a scratch repository
/// from its git <c>pre-commit</c> hook, so an error stops <c>git commit</c> and a fixed document goes through.
/// </summary>
/// <remarks>
/// The hook is taken from this repository's HEAD commit (pre-commit clones a repository at a revision), and the
/// environment pre-commit builds for it is kept in <c>artifacts/pre-commit</c>, so it is built once per commit.
/// </remarks>
[Trait("Category", "Slow")]
public sealed class PreCommitHookTests
{
    [SkippableFact]
    public void AStagedStatementWithAnErrorStopsTheCommitAndAFixedOneGoesThrough()
    {
        var preCommit = ExecutableOnPath.Find("pre-commit");
        Skip.If(preCommit is null, "pre-commit is not installed: apt-get install -y pre-commit; .ci/run installs it");
        var revision = GitRepository.Run(RepositoryPaths.Root, "rev-parse", "HEAD").Trim();
        var home = Path.Combine(RepositoryPaths.Root, "artifacts", "pre-commit");

        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write(".git/hooks/pre-commit", $"""
            #!/bin/sh
            export PRE_COMMIT_HOME='{home}'
            exec '{preCommit}' try-repo '{RepositoryPaths.Root}' stmtlint --ref {revision}
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(temp.Path, ".git", "hooks", "pre-commit"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        temp.Write("statement.md", "# Statement on the harbour\n\nThe ministry welcomes the agreement.\n");

        GitRepository.Run(temp.Path, "add", "statement.md");
        var refused = Commit(temp.Path, "undated statement");

        Assert.True(refused.ExitCode != 0, $"the commit went through:\n{refused.Stdout}\n{refused.Stderr}");
        Assert.Contains("SL2001", refused.Stdout + refused.Stderr, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => GitRepository.Run(temp.Path, "rev-parse", "--verify", "HEAD"));

        temp.Write("statement.md", "---\ndate: 2024-03-01\n---\n# Statement on the harbour\n\nThe ministry welcomes the agreement.\n");
        GitRepository.Run(temp.Path, "add", "statement.md");
        var accepted = Commit(temp.Path, "dated statement");

        Assert.True(accepted.ExitCode == 0, $"the commit was refused:\n{accepted.Stdout}\n{accepted.Stderr}");
        Assert.Contains("stmtlint", accepted.Stdout + accepted.Stderr, StringComparison.Ordinal);
        Assert.Equal("dated statement", GitRepository.Run(temp.Path, "log", "-1", "--format=%s").Trim());
    }

    // The first run builds the tool from the repository: minutes on a busy machine.
    private static CliResult Commit(string directory, string message) =>
        PublishedBuild.RunProcess("git", directory, null, TimeSpan.FromMinutes(30),
            "-c", "user.email=tests@stmtlint.invalid", "-c", "user.name=stmtlint tests", "-c", "commit.gpgsign=false", "commit", "-m", message);
}
