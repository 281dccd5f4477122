using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Linter.Cli.Discovery;

/// <summary>
/// Asks git rather than re-implementing it: ignore rules (.gitignore at every level, info/exclude,
/// the global excludes file) and diffs are git's to interpret, and only git interprets them exactly.
/// </summary>
internal static class Git
{
    /// <summary>The top directory of the work tree holding <paramref name="directory"/>, or null outside a work tree or without git.</summary>
    public static string? FindWorkTreeRoot(string directory)
    {
        // The way up (--show-cdup), not the resolved top (--show-toplevel): git resolves symbolic links, and
        // a root spelled differently from the paths we hold would break relative paths and comparisons.
        var result = TryRun(directory, "rev-parse", "--is-inside-work-tree", "--show-cdup");
        if (result is not { ExitCode: 0 } || !result.Output.StartsWith("true", StringComparison.Ordinal))
        {
            return null;
        }

        var up = result.Output["true".Length..].Trim('\n', '\r');
        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(up.Length == 0 ? "." : up, directory));
    }

    /// <summary>
    /// The untracked entries below <paramref name="directory"/> that git ignores, in the work tree at
    /// <paramref name="root"/>, as full paths. A folder whose every entry is ignored and untracked is
    /// one entry (marked as a folder) rather than its files; a folder holding a tracked file never is,
    /// so everything below a folder listed here is ignored. Usually a handful of entries, however
    /// many files there are: what is not listed is exactly what git tracks or would track.
    /// </summary>
    public static IReadOnlyList<(string FullPath, bool IsFolder)> ListIgnoredEntries(string root, string directory)
    {
        var relative = Path.GetRelativePath(root, directory);
        string[] arguments = ["ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z"];
        if (relative != ".")
        {
            // From the top rather than from the folder itself: git fails when asked from inside an ignored folder.
            arguments = [.. arguments, "--", ":(literal)" + relative.Replace('\\', '/')];
        }

        return [.. SplitNul(Run(root, arguments)).Select(p => (Path.GetFullPath(p.TrimEnd('/'), root), p.EndsWith('/')))];
    }

    /// <summary>True when <paramref name="reference"/> names a commit in the repository at <paramref name="root"/>.</summary>
    public static bool CommitExists(string root, string reference) =>
        TryRun(root, "rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}") is { ExitCode: 0 };

    /// <summary>Files changed between <paramref name="reference"/> and the work tree, and untracked files (not ignored), as full paths; the first set includes the second.</summary>
    public static (IReadOnlySet<string> Changed, IReadOnlySet<string> Untracked) ChangedFiles(string root, string reference)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in SplitNul(Run(root, "diff", "--name-only", "--no-renames", "-z", reference, "--")))
        {
            changed.Add(Path.GetFullPath(path, root));
        }

        var untracked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in SplitNul(Run(root, "ls-files", "--others", "--exclude-standard", "-z")))
        {
            untracked.Add(Path.GetFullPath(path, root));
        }

        changed.UnionWith(untracked);
        return (changed, untracked);
    }

    /// <summary>The unified diff of one file against <paramref name="reference"/>, without context lines.</summary>
    public static string DiffWithoutContext(string root, string reference, string fullPath) =>
        Run(root, "diff", "--unified=0", "--no-color", "--no-ext-diff", reference, "--", Path.GetRelativePath(root, fullPath));

    private static string[] SplitNul(string output) => output.Split('\0', StringSplitOptions.RemoveEmptyEntries);

    private static string Run(string workingDirectory, params string[] arguments)
    {
        var result = TryRun(workingDirectory, arguments) ?? throw new UsageException("git is not installed or cannot be started");
        if (result.ExitCode != 0)
        {
            throw new UsageException($"git {arguments[0]} failed: {result.Error.Trim()}");
        }

        return result.Output;
    }

    /// <summary>Runs git; null when git cannot be started at all (not installed), so callers can fall back.</summary>
    private static GitResult? TryRun(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Paths come back byte-exact with -z; a pager or a translated message would get in the way.
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            // Standard error is read concurrently so that a chatty git cannot fill its pipe and block.
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new GitResult(process.ExitCode, output, error.GetAwaiter().GetResult());
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
