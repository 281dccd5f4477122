namespace Linter.Cli.Discovery;

/// <summary>
/// <c>--changed-since REF</c>: the files of the current work tree changed since a commit (including
/// uncommitted and untracked ones) and, for <c>--changed-lines-only</c>, which of their lines changed.
/// </summary>
internal sealed class GitChanges
{
    private readonly string _root;
    private readonly string _reference;
    private readonly IReadOnlySet<string> _files;
    private readonly IReadOnlySet<string> _untracked;

    private GitChanges(string root, string reference, IReadOnlySet<string> files, IReadOnlySet<string> untracked)
    {
        _root = root;
        _reference = reference;
        _files = files;
        _untracked = untracked;
    }

    /// <exception cref="UsageException">Not inside a git work tree, or <paramref name="reference"/> names no commit.</exception>
    public static GitChanges Open(string currentDirectory, string reference)
    {
        var root = Git.FindWorkTreeRoot(currentDirectory)
            ?? throw new UsageException($"--changed-since needs a git work tree, and '{currentDirectory}' is not inside one (or git is not installed)");
        if (!Git.CommitExists(root, reference))
        {
            throw new UsageException($"--changed-since: '{reference}' is not a commit in the repository at '{root}'");
        }

        var (changed, untracked) = Git.ChangedFiles(root, reference);
        return new GitChanges(root, reference, changed, untracked);
    }

    public bool Contains(string fullPath) => _files.Contains(fullPath);

    /// <summary>The changed lines of a file; an untracked file is new in every line.</summary>
    public ChangedLines LinesOf(string fullPath) =>
        _untracked.Contains(fullPath) ? ChangedLines.All : ChangedLines.FromDiff(Git.DiffWithoutContext(_root, _reference, fullPath));
}
