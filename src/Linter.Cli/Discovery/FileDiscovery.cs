using System.IO.Enumeration;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Linter.Cli.Discovery;

/// <summary>Finds the documents to check under the paths and globs given on the command line.</summary>
internal static class FileDiscovery
{
    private static readonly string[] s_extensions = [".md", ".markdown", ".txt"];

    // Build output, version control and package folders hold copies and tooling, never the statements themselves.
    private static readonly string[] s_skippedDirectories = ["bin", "obj", ".git", "node_modules"];

    private static readonly char[] s_globCharacters = ['*', '?', '[', '{'];

    /// <summary>
    /// The documents: files named directly (whatever their extension), matching files below
    /// directories and files matching globs, without duplicates. A file both named and found another
    /// way counts as named. Inside a git work tree, files git ignores are not found below directories
    /// or by globs (a file named directly is still checked: it was asked for).
    /// </summary>
    /// <exception cref="UsageException">A path does not exist, or a glob matches nothing.</exception>
    public static IReadOnlyList<DiscoveredFile> Find(IReadOnlyList<string> paths, string currentDirectory, bool honourGitIgnore = true)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);

        // Folder and name rather than a full path per file: see DiscoveredFile.
        var found = new List<(string Directory, string Name)>();
        var sources = 0;
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = PathResolver.ToFullPath(path, currentDirectory);
            if (File.Exists(full))
            {
                named.Add(full);
            }
            else if (Directory.Exists(full))
            {
                found.AddRange(ListFiles(full, honourGitIgnore, folders).Where(f => HasDocumentExtension(f.Name)));
                sources++;
            }
            else if (path.IndexOfAny(s_globCharacters) >= 0)
            {
                var matches = MatchGlob(path, currentDirectory, honourGitIgnore, folders);
                if (matches.Count == 0)
                {
                    throw new UsageException($"no files match the pattern '{path}'");
                }

                found.AddRange(matches);
                sources++;
            }
            else
            {
                throw new UsageException($"path '{path}' does not exist");
            }
        }

        // One directory or glob lists each file once; only several can overlap, and only then is a set of them built.
        var unique = sources > 1 ? found.Distinct() : found;
        return
        [
            .. named.Select(f => DiscoveredFile.FromFullPath(f, isNamed: true)),
            .. unique.Where(f => named.Count == 0 || !named.Contains(Path.Join(f.Directory, f.Name))).Select(f => new DiscoveredFile(f.Directory, f.Name, IsNamed: false)),
        ];
    }

    /// <summary>
    /// Matches a glob such as <c>docs/**/*.md</c>: the leading segments without wildcards name the
    /// directory searched, the rest is matched against paths relative to it. A glob chooses its own
    /// extensions, so any matching file counts.
    /// </summary>
    private static List<(string Directory, string Name)> MatchGlob(string pattern, string currentDirectory, bool honourGitIgnore, Dictionary<string, string> folders)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => s.IndexOfAny(s_globCharacters) < 0).ToArray();
        var baseDirectory = PathResolver.ToFullPath(literal.Length == 0 ? "." : string.Join('/', literal) + "/", currentDirectory);
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments.Skip(literal.Length)));
        var result = matcher.Match(baseDirectory, ListFiles(baseDirectory, honourGitIgnore, folders).Select(f => Path.Join(f.Directory, f.Name)));
        return [.. result.Files.Select(f => Split(Path.GetFullPath(f.Path, baseDirectory), folders))];
    }

    /// <summary>Every file below <paramref name="directory"/>: git's view (not ignored) inside a work tree, otherwise a walk.</summary>
    private static List<(string Directory, string Name)> ListFiles(string directory, bool honourGitIgnore, Dictionary<string, string> folders)
    {
        if (honourGitIgnore && Git.FindWorkTreeRoot(directory) is not null)
        {
            return ListWithGit(directory, folders);
        }

        return Walk(directory);
    }

    /// <summary>A full path as folder and name, with one string per folder however many files it holds.</summary>
    private static (string Directory, string Name) Split(string fullPath, Dictionary<string, string> folders)
    {
        var file = DiscoveredFile.FromFullPath(fullPath, isNamed: false);
        if (!folders.TryGetValue(file.Directory, out var folder))
        {
            folder = file.Directory;
            folders.Add(folder, folder);
        }

        return (folder, file.Name);
    }

    private static List<(string Directory, string Name)> ListWithGit(string directory, Dictionary<string, string> folders)
    {
        var found = new List<(string Directory, string Name)>();
        foreach (var path in Git.ListUnignoredFiles(directory))
        {
            if (InSkippedDirectory(Path.GetRelativePath(directory, path)))
            {
                continue;
            }

            if (File.Exists(path))
            {
                found.Add(Split(path, folders));
            }
            else if (IsNestedRepository(path))
            {
                // A nested repository (a submodule, or an untracked clone) is listed as one entry; it has its own ignore rules, so git is asked there.
                found.AddRange(ListFiles(path, honourGitIgnore: true, folders));
            }

            // Anything else is a tracked file deleted from the work tree: not a document any more.
        }

        return found;
    }

    /// <summary>
    /// A directory git lists as one entry because it is a repository of its own. A symbolic link to a
    /// directory is listed the same way but is not followed, as in a walk, so a link to an ancestor cannot loop.
    /// </summary>
    private static bool IsNestedRepository(string path) =>
        Directory.Exists(path)
        && new DirectoryInfo(path).LinkTarget is null
        && Path.Exists(Path.Combine(path, ".git"));

    private static bool HasDocumentExtension(string path) => s_extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool InSkippedDirectory(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Take(parts.Length - 1).Any(p => s_skippedDirectories.Contains(p, StringComparer.OrdinalIgnoreCase));
    }

    // As DirectoryInfo.EnumerateFileSystemInfos: hidden entries included, an unreadable folder is an error.
    private static readonly EnumerationOptions s_walkOptions = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private static List<(string Directory, string Name)> Walk(string root)
    {
        // An explicit stack rather than recursion, and symbolic links to directories are not followed, so a link cycle cannot loop.
        // Entries are read as names, not FileInfo objects with full paths: a large tree would make hundreds of thousands of them.
        var found = new List<(string Directory, string Name)>();
        var pending = new Stack<string>();
        pending.Push(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var entries = new FileSystemEnumerable<(string Name, bool IsDirectory, bool IsLink)>(
                folder,
                (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
                s_walkOptions);
            foreach (var (name, isDirectory, isLink) in entries)
            {
                if (isDirectory)
                {
                    if (!isLink && !s_skippedDirectories.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        pending.Push(Path.Join(folder, name));
                    }
                }
                else
                {
                    found.Add((folder, name));
                }
            }
        }

        return found;
    }
}
