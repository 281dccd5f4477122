using System.Diagnostics;

namespace Linter.Cli.Tests.Faults;

/// <summary>
/// A folder that cannot be read is an error naming it, with exit code 2, as an unreadable file is:
/// inside a git work tree it was skipped silently (its documents never checked, exit 0), outside one
/// it was an "internal error". Permissions do not bind root, so as root the command runs as a
/// throwaway user made for the purpose; where none can be made the test is reported as skipped, saying why.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFolderTests : IDisposable
{
    private const string User = "stmtlint-perm-test";

    private readonly TempDirectory _tree = new();

    public void Dispose()
    {
        File.SetUnixFileMode(Path.Combine(_tree.Path, "docs", "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _tree.Dispose();
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnUnreadableFolderIsAnErrorNamingItWithExitCodeTwo(bool inAGitWorkTree)
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions are what this test is about");
        _tree.Write("docs/ok.txt", "Statement by Minister (2022-04-29)\n\nTrade is up.\n");
        _tree.Write("docs/locked/unseen.txt", "Statement by Minister\n\nTrade is up .\n");
        if (inAGitWorkTree)
        {
            Discovery.GitRepository.Init(_tree.Path);
        }

        File.SetUnixFileMode(Path.Combine(_tree.Path, "docs", "locked"), UnixFileMode.None);
        var (exitCode, stderr) = RunAsUnprivilegedUser("check", "--no-cache", "docs");

        Assert.Equal(2, exitCode);
        Assert.Contains("stmtlint: error: cannot read the folder '", stderr, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("docs", "locked") + "'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }

    /// <summary>The command in-process when this is not root; as root, the built stmtlint run by <see cref="User"/> through runuser.</summary>
    private (int ExitCode, string Stderr) RunAsUnprivilegedUser(params string[] args)
    {
        if (Environment.UserName != "root")
        {
            var result = CliRunner.Run(_tree.Path, args);
            return (result.ExitCode, result.Stderr);
        }

        Skip.If(!File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"), "running as root without runuser, so the test cannot drop to a user that permissions bind");
        Run("useradd", allowFailure: true, "--no-create-home", "--shell", "/usr/sbin/nologin", User);
        Skip.If(Run("id", allowFailure: true, "-u", User).ExitCode != 0, $"running as root and the user '{User}' could not be made (useradd failed)");

        // The scratch folder is the test's own (0700); the user needs to walk into it, not to write.
        File.SetUnixFileMode(_tree.Path, File.GetUnixFileMode(_tree.Path) | UnixFileMode.GroupExecute | UnixFileMode.GroupRead | UnixFileMode.OtherExecute | UnixFileMode.OtherRead);
        var stmtlint = Path.Combine(AppContext.BaseDirectory, "stmtlint.dll");
        return Run("runuser", allowFailure: true, ["-u", User, "--", "dotnet", stmtlint, .. args]);
    }

    private (int ExitCode, string Stderr) Run(string program, bool allowFailure, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = _tree.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The managed build must find its runtime and not write into root's home.
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(allowFailure || process.ExitCode == 0, $"{program} failed: {stderr.Result}");
        return (process.ExitCode, stderr.Result);
    }
}
