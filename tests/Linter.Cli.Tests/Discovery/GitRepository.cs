using System.Diagnostics;

namespace Linter.Cli.Tests.Discovery;

/// <summary>Runs git in a test's scratch directory: a real repository, so discovery is tested against git itself.</summary>
internal static class GitRepository
{
    public static void Init(string directory)
    {
        Directory.CreateDirectory(directory);
        Run(directory, "init", "--quiet", "--initial-branch=main");
    }

    /// <summary>Stages everything and commits, with an identity given on the command line so no global git configuration is needed.</summary>
    public static void CommitAll(string directory, string message)
    {
        Run(directory, "add", "--all");
        Run(directory, "-c", "user.email=tests@stmtlint.invalid", "-c", "user.name=stmtlint tests", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    public static string Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The tests need git; failing loudly here says so, rather than a confusing assertion later.
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started; these tests need git on PATH");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.GetAwaiter().GetResult()}");
        }

        return output;
    }
}
