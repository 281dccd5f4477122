namespace Linter.Cli;

/// <summary>Finds the documents to check under the paths given on the command line.</summary>
internal static class FileDiscovery
{
    private static readonly string[] s_extensions = [".md", ".markdown", ".txt"];

    // Build output, version control and package folders hold copies and tooling, never the statements themselves.
    private static readonly string[] s_skippedDirectories = ["bin", "obj", ".git", "node_modules"];

    /// <summary>
    /// The documents: files named directly (whatever their extension) and matching files below
    /// directories, without duplicates. A file both named and found below a directory counts as named.
    /// </summary>
    /// <exception cref="UsageException">A path does not exist.</exception>
    public static IReadOnlyList<DiscoveredFile> Find(IReadOnlyList<string> paths, string currentDirectory)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = PathResolver.ToFullPath(path, currentDirectory);
            if (File.Exists(full))
            {
                named.Add(full);
            }
            else if (Directory.Exists(full))
            {
                AddDirectory(full, walked);
            }
            else
            {
                throw new UsageException($"path '{path}' does not exist");
            }
        }

        return [.. named.Select(f => new DiscoveredFile(f, IsNamed: true)), .. walked.Where(f => !named.Contains(f)).Select(f => new DiscoveredFile(f, IsNamed: false))];
    }

    private static void AddDirectory(string root, HashSet<string> found)
    {
        // An explicit stack rather than recursion, and symbolic links to directories are not followed, so a link cycle cannot loop.
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo child)
                {
                    if (child.LinkTarget is null && !s_skippedDirectories.Contains(child.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        pending.Push(child);
                    }
                }
                else if (s_extensions.Contains(entry.Extension, StringComparer.OrdinalIgnoreCase))
                {
                    found.Add(entry.FullName);
                }
            }
        }
    }
}
