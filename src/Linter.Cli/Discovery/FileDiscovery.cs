using System.IO.Enumeration;
using Linter.Analysis.Configuration;
using Linter.Analysis.IO;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Linter.Cli.Discovery;

/// <summary>
/// Finds the documents to check under the paths and globs given on the command line, lazily and
/// already in output order (ordinal order of the printed path), so that no list of every document
/// is ever held: each source is a sorted stream (a depth-first walk that sorts each folder's
/// entries), and several sources are merged.
/// </summary>
internal sealed class FileDiscovery
{
    private static readonly string[] s_extensions = [".md", ".markdown", ".txt"];

    // Build output, version control and package folders hold copies and tooling, never the statements themselves.
    private static readonly string[] s_skippedDirectories = ["bin", "obj", ".git", "node_modules"];

    private static readonly char[] s_globCharacters = ['*', '?', '[', '{'];

    // As DirectoryInfo.EnumerateFileSystemInfos: hidden entries included, an unreadable folder is an error.
    private static readonly EnumerationOptions s_walkOptions = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private readonly string _currentDirectory;
    private readonly List<DiscoveredFile> _named = [];
    private readonly List<string> _warnings = [];
    private readonly HashSet<string> _skippedLinks = new(StringComparer.Ordinal);
    private readonly List<Func<IEnumerable<DiscoveredFile>>> _sources = [];

    // What git ignores in each nested repository met, asked once however many times the documents are listed.
    private readonly Dictionary<string, IgnoredEntries> _nestedRepositories = new(StringComparer.Ordinal);

    private FileDiscovery(string currentDirectory) => _currentDirectory = currentDirectory;

    /// <summary>
    /// Checks <paramref name="paths"/> and prepares to list the documents: files named directly
    /// (whatever their extension), matching files below directories and files matching globs.
    /// Inside a git work tree, files git ignores are not found below directories or by globs (a file
    /// named directly is still checked: it was asked for). Git is asked here, once per directory or glob.
    /// </summary>
    /// <exception cref="UsageException">A path does not exist, or a glob matches nothing.</exception>
    public static FileDiscovery Open(IReadOnlyList<string> paths, string currentDirectory, bool honourGitIgnore = true)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var discovery = new FileDiscovery(currentDirectory);
        foreach (var path in paths)
        {
            var full = PathResolver.ToFullPath(path, currentDirectory);
            if (File.Exists(full) && FileStatus.Of(full).Kind == FileKind.Special)
            {
                // A fifo would block the run forever and a device never end; asked for by name, it is skipped visibly.
                discovery._warnings.Add($"stmtlint: warning: '{TerminalText.Escape(path)}' is not a regular file (a fifo, a device or a socket); it was skipped");
            }
            else if (File.Exists(full))
            {
                named.Add(full);
            }
            else if (Directory.Exists(full))
            {
                discovery._sources.Add(discovery.Source(full, (_, name) => HasDocumentExtension(name), honourGitIgnore));
            }
            else if (path.IndexOfAny(s_globCharacters) >= 0)
            {
                var (root, accept) = Glob(path, currentDirectory);
                var source = discovery.Source(root, accept, honourGitIgnore);

                // Whether a glob matches anything is known before any output: the walk stops at the first match.
                if (!source().Any())
                {
                    throw new UsageException($"no files match the pattern '{path}'");
                }

                discovery._sources.Add(source);
            }
            else
            {
                throw new UsageException($"path '{path}' does not exist");
            }
        }

        discovery._named.AddRange(named.Select(f => DiscoveredFile.FromFullPath(f, isNamed: true)).OrderBy(discovery.Display, StringComparer.Ordinal));
        return discovery;
    }

    /// <summary>
    /// Warnings about files skipped: named on the command line but not regular files, or found by the
    /// walk as links out of the repository (these once <see cref="Files"/> has listed them).
    /// </summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>
    /// The documents, in ordinal order of their printed paths, without duplicates; a file both named
    /// and found another way counts as named. Each enumeration lists the file system again.
    /// </summary>
    public IEnumerable<DiscoveredFile> Files()
    {
        if (_sources.Count == 0)
        {
            return _named;
        }

        if (_sources.Count == 1 && _named.Count == 0)
        {
            return _sources[0]();
        }

        return Merge([_named, .. _sources.Select(s => s())]);
    }

    /// <summary>Merges streams each in printed-path order into one, a path found by several once (named if any named it).</summary>
    private IEnumerable<DiscoveredFile> Merge(List<IEnumerable<DiscoveredFile>> streams)
    {
        var heads = new List<(IEnumerator<DiscoveredFile> Stream, DiscoveredFile File, string Display)>();
        try
        {
            foreach (var stream in streams)
            {
                var rest = stream.GetEnumerator();
                if (rest.MoveNext())
                {
                    heads.Add((rest, rest.Current, Display(rest.Current)));
                }
                else
                {
                    rest.Dispose();
                }
            }

            while (heads.Count > 0)
            {
                var least = 0;
                for (var i = 1; i < heads.Count; i++)
                {
                    if (string.CompareOrdinal(heads[i].Display, heads[least].Display) < 0)
                    {
                        least = i;
                    }
                }

                var (file, display) = (heads[least].File, heads[least].Display);
                var isNamed = false;
                for (var i = heads.Count - 1; i >= 0; i--)
                {
                    var head = heads[i];
                    if (!string.Equals(head.Display, display, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    isNamed |= head.File.IsNamed;
                    if (head.Stream.MoveNext())
                    {
                        heads[i] = (head.Stream, head.Stream.Current, Display(head.Stream.Current));
                    }
                    else
                    {
                        head.Stream.Dispose();
                        heads.RemoveAt(i);
                    }
                }

                yield return file with { IsNamed = isNamed };
            }
        }
        finally
        {
            foreach (var head in heads)
            {
                head.Stream.Dispose();
            }
        }
    }

    private string Display(DiscoveredFile file) => PathResolver.ToDisplayPath(file.FullPath, _currentDirectory);

    /// <summary>
    /// A glob such as <c>docs/**/*.md</c>: the leading segments without wildcards name the directory
    /// searched, the rest is matched against paths relative to it. A glob chooses its own
    /// extensions, so any matching file counts.
    /// </summary>
    private static (string Root, Func<string, string, bool> Accept) Glob(string pattern, string currentDirectory)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => s.IndexOfAny(s_globCharacters) < 0).ToArray();
        var baseDirectory = PathResolver.ToFullPath(literal.Length == 0 ? "." : string.Join('/', literal) + "/", currentDirectory);
        if (!Directory.Exists(baseDirectory))
        {
            throw new UsageException($"no files match the pattern '{pattern}'");
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments.Skip(literal.Length)));
        return (baseDirectory, (folder, name) => matcher.Match(baseDirectory, [Path.Join(folder, name)]).HasMatches);
    }

    /// <summary>
    /// The files below <paramref name="directory"/> that <paramref name="accept"/> takes, in printed-path
    /// order: inside a work tree those git tracks or would track (not ignored), otherwise all of them.
    /// </summary>
    private Func<IEnumerable<DiscoveredFile>> Source(string directory, Func<string, string, bool> accept, bool honourGitIgnore)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        IgnoredEntries? ignored = null;
        if (honourGitIgnore && Git.FindWorkTreeRoot(root) is { } workTree)
        {
            ignored = new IgnoredEntries(Git.ListIgnoredEntries(workTree, root));
        }

        var current = Path.TrimEndingDirectorySeparator(_currentDirectory);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (current.StartsWith(prefix, StringComparison.Ordinal))
        {
            // The current directory is below the one walked, so printed paths do not share one prefix
            // ("x.md" beside "../y.md") and walk order is not output order: this source alone is sorted
            // in memory. Uncommon: it takes a command such as "check .." from a subfolder.
            return () => Walk(root, ignored, accept).OrderBy(Display, StringComparer.Ordinal);
        }

        return () => Walk(root, ignored, accept);
    }

    /// <summary>
    /// Walks <paramref name="root"/> depth-first with an explicit stack, each folder's entries in
    /// ordinal order with a folder's name read as name plus separator: exactly the ordinal order of
    /// the full paths. Symbolic links to directories are not followed, so a link cycle cannot loop.
    /// </summary>
    private IEnumerable<DiscoveredFile> Walk(string root, IgnoredEntries? ignored, Func<string, string, bool> accept)
    {
        if (ignored is not null && ignored.Covers(root))
        {
            yield break;
        }

        var boundary = Boundary(root);
        var pending = new Stack<Folder>();
        pending.Push(new Folder(root, Read(root, ignored, isTop: true, out _), ignored));
        while (pending.Count > 0)
        {
            var folder = pending.Peek();
            if (folder.Next == folder.Entries.Count)
            {
                pending.Pop();
                continue;
            }

            var entry = folder.Entries[folder.Next++];
            if (!entry.IsDirectory)
            {
                // Only regular files: a fifo named x.md would block the walk forever, a link to /dev/zero fill memory.
                var file = Path.Join(folder.Path, entry.Name);
                if (accept(folder.Path, entry.Name) && FileStatus.Of(file).Kind is not FileKind.Special && !LeavesBoundary(file, entry, boundary))
                {
                    yield return new DiscoveredFile(folder.Path, entry.Name, IsNamed: false);
                }

                continue;
            }

            var path = Path.Join(folder.Path, entry.Name);
            var entries = Read(path, folder.Ignored, isTop: false, out var isRepository);
            var inside = folder.Ignored;
            if (folder.Ignored is { } outer && isRepository)
            {
                // A nested repository (a submodule, or an untracked clone) has its own ignore rules, so git is asked there.
                if (!_nestedRepositories.TryGetValue(path, out var nested))
                {
                    nested = Git.FindWorkTreeRoot(path) is { } nestedRoot ? new IgnoredEntries(Git.ListIgnoredEntries(nestedRoot, path)) : outer;
                    _nestedRepositories.Add(path, nested);
                }

                inside = nested;
                entries = Read(path, inside, isTop: false, out _);
            }

            pending.Push(new Folder(path, entries, inside));
        }
    }

    /// <summary>
    /// The folder a walk of <paramref name="root"/> may read files in: its git work tree, or else the
    /// current directory when the walk is inside it, or else the walked folder itself. A file found in
    /// a checked-out repository may be a link to <c>/etc/passwd</c> or <c>~/.ssh</c>, and its text would
    /// come back quoted in diagnostics.
    /// </summary>
    private string Boundary(string root) =>
        RepositoryBoundary.FindWorkTree(root)
        ?? (RepositoryBoundary.Contains(_currentDirectory, root) ? _currentDirectory : root);

    /// <summary>
    /// Whether <paramref name="file"/> is a symbolic link whose target is outside <paramref name="boundary"/>:
    /// such a file is not read, and a warning names it once, however often the documents are listed.
    /// Inside a work tree the walk already knows which entries are links; elsewhere it asks, for the
    /// documents only.
    /// </summary>
    private bool LeavesBoundary(string file, Entry entry, string boundary)
    {
        if (!entry.IsLink && (entry.KnowsLink || new FileInfo(file).LinkTarget is null))
        {
            return false;
        }

        if (RepositoryBoundary.Contains(boundary, file))
        {
            return false;
        }

        if (_skippedLinks.Add(file))
        {
            _warnings.Add($"stmtlint: warning: '{TerminalText.Escape(PathResolver.ToDisplayPath(file, _currentDirectory))}' is a link to a file outside the repository; it was skipped (name it on the command line to check it)");
        }

        return true;
    }

    /// <summary>
    /// The entries of <paramref name="folder"/> worth visiting, sorted: files and the folders to walk,
    /// without what git ignores. <paramref name="isRepository"/> tells whether it holds a <c>.git</c>.
    /// </summary>
    private static List<Entry> Read(string folder, IgnoredEntries? ignored, bool isTop, out bool isRepository)
    {
        isRepository = false;
        var entries = new List<Entry>();
        var skip = ignored?.In(folder);
        try
        {
            // Attributes cost a system call per entry, so a file's are asked only where a link to nothing matters: inside a work tree.
            var gitView = ignored is not null;
            var found = new FileSystemEnumerable<Entry>(
                folder,
                (ref FileSystemEntry entry) => new Entry(
                    entry.FileName.ToString(),
                    entry.IsDirectory,
                    (entry.IsDirectory || gitView) && (entry.Attributes & FileAttributes.ReparsePoint) != 0,
                    KnowsLink: entry.IsDirectory || gitView),
                s_walkOptions);
            foreach (var entry in found)
            {
                if (entry.Name == ".git")
                {
                    isRepository = true;
                }

                if (entry.IsDirectory && (entry.IsLink || s_skippedDirectories.Contains(entry.Name, StringComparer.OrdinalIgnoreCase)))
                {
                    continue;
                }

                if (skip is not null && skip.Contains(entry.Name))
                {
                    continue;
                }

                // Git lists a link to nothing, but only a link to a file was ever checked inside a work tree.
                if (ignored is not null && entry.IsLink && !entry.IsDirectory && !File.Exists(Path.Join(folder, entry.Name)))
                {
                    continue;
                }

                entries.Add(entry);
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Git passes over a folder it cannot read, but its documents would then never be checked and the run would
            // pass: as for an unreadable file, it is an error that names the folder, before anything is checked.
            throw new UsageException($"cannot read the folder '{TerminalText.Escape(folder)}': {TerminalText.Escape(e.Message)}");
        }

        entries.Sort(Entry.Compare);
        return entries;
    }

    private static bool HasDocumentExtension(string path) => s_extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>A folder being walked: its sorted entries and how far through them the walk is.</summary>
    private sealed class Folder(string path, List<Entry> entries, IgnoredEntries? ignored)
    {
        public string Path { get; } = path;

        public List<Entry> Entries { get; } = entries;

        public IgnoredEntries? Ignored { get; } = ignored;

        public int Next { get; set; }
    }

    /// <summary>An entry of a folder, as a name rather than an object with a full path.</summary>
    /// <param name="Name">The entry's name.</param>
    /// <param name="IsDirectory">Whether it is a folder (or a link to one).</param>
    /// <param name="IsLink">Whether it is a symbolic link, when <paramref name="KnowsLink"/>.</param>
    /// <param name="KnowsLink">Whether <paramref name="IsLink"/> was asked of the system: for folders, and for files inside a work tree.</param>
    private readonly record struct Entry(string Name, bool IsDirectory, bool IsLink, bool KnowsLink)
    {
        /// <summary>Ordinal order of the names, a folder's read as its name followed by the directory separator.</summary>
        public static int Compare(Entry x, Entry y)
        {
            var shorter = Math.Min(x.Name.Length, y.Name.Length);
            var order = string.CompareOrdinal(x.Name, 0, y.Name, 0, shorter);
            if (order != 0)
            {
                return order;
            }

            if (x.Name.Length == y.Name.Length)
            {
                return x.IsDirectory.CompareTo(y.IsDirectory);
            }

            // One name starts with the other: the shorter ends there, or goes on with a separator if it is a folder.
            return x.Name.Length < y.Name.Length ? Continue(x, y.Name[shorter]) : -Continue(y, x.Name[shorter]);
        }

        private static int Continue(Entry shorter, char next) =>
            shorter.IsDirectory && Path.DirectorySeparatorChar > next ? 1 : -1;
    }

    /// <summary>The untracked entries git ignores in one work tree, by folder.</summary>
    private sealed class IgnoredEntries
    {
        private readonly Dictionary<string, HashSet<string>> _byFolder = new(StringComparer.Ordinal);
        private readonly List<string> _folders = [];

        public IgnoredEntries(IReadOnlyList<(string FullPath, bool IsFolder)> entries)
        {
            foreach (var (fullPath, isFolder) in entries)
            {
                var folder = Path.TrimEndingDirectorySeparator(Path.GetDirectoryName(fullPath) ?? fullPath);
                if (!_byFolder.TryGetValue(folder, out var names))
                {
                    names = new HashSet<string>(StringComparer.Ordinal);
                    _byFolder.Add(folder, names);
                }

                names.Add(Path.GetFileName(fullPath));
                if (isFolder)
                {
                    _folders.Add(fullPath);
                }
            }
        }

        /// <summary>The names ignored in <paramref name="folder"/>, or null.</summary>
        public HashSet<string>? In(string folder) => _byFolder.GetValueOrDefault(folder);

        /// <summary>Whether <paramref name="path"/> is, or is inside, an ignored folder (so that nothing in it is tracked).</summary>
        public bool Covers(string path) =>
            _folders.Any(f => string.Equals(f, path, StringComparison.Ordinal)
                || path.StartsWith(f.EndsWith(Path.DirectorySeparatorChar) ? f : f + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
