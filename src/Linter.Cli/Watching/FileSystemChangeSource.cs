using System.Threading.Channels;

namespace Linter.Cli.Watching;

/// <summary>
/// Changes to documents, configuration and custom rule files under the watched paths, from <see cref="FileSystemWatcher"/>.
/// Editors save in bursts (temporary file, rename, attribute change), so events are gathered until
/// the tree has been quiet for <see cref="Quiet"/> and then reported as one batch.
/// A watched path that is deleted or renamed away (or one of its parents) takes its watcher with it,
/// and a watcher cannot be set on a path that is not there: so the folder holding each path is watched
/// for the path itself, and each path's existence is polled (for a parent that goes too); when the
/// path goes, comes back or is replaced, it is reported and its watchers set up again, as
/// <c>tsc --watch</c> does for a missing folder.
/// </summary>
internal sealed class FileSystemChangeSource : IChangeSource, IDisposable
{
    private static readonly string[] s_watchedExtensions = [".md", ".markdown", ".txt", ".yaml", ".yml", ".cs"];

    private readonly List<WatchedPath> _paths;
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly string _ignoredDirectory;
    private readonly Timer _poll;
    private readonly Lock _lock = new();
    private bool _disposed;

    /// <param name="paths">Files and directories to watch (directories recursively).</param>
    /// <param name="ignoredDirectory">A directory whose changes are ours (the cache) and must not trigger a check.</param>
    public FileSystemChangeSource(IEnumerable<string> paths, string ignoredDirectory)
    {
        _ignoredDirectory = Path.TrimEndingDirectorySeparator(ignoredDirectory) + Path.DirectorySeparatorChar;
        _paths = [.. paths.Distinct(StringComparer.Ordinal).Select(p => new WatchedPath(Path.TrimEndingDirectorySeparator(p)))];
        foreach (var path in _paths)
        {
            Arm(path);
        }

        _poll = new Timer(_ => Poll(), null, PollInterval, PollInterval);
    }

    /// <summary>How long the tree must be quiet before a batch is reported.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often each watched path is asked whether it still exists (a few system calls per path).</summary>
    public static TimeSpan PollInterval { get; } = TimeSpan.FromMilliseconds(500);

    public async Task<IReadOnlyCollection<string>> WaitForChangesAsync(CancellationToken cancellationToken)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _events.Reader.ReadAsync(cancellationToken).ConfigureAwait(false) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(Quiet);
            try
            {
                batch.Add(await _events.Reader.ReadAsync(quiet.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return batch;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _poll.Dispose();
            foreach (var path in _paths)
            {
                path.Watcher?.Dispose();
                path.Watcher = null;
                path.ParentWatcher?.Dispose();
                path.ParentWatcher = null;
            }
        }

        _events.Writer.TryComplete();
    }

    /// <summary>Sets up the watcher of <paramref name="path"/> as it is now: a folder recursively, a file through its folder, nothing when it is missing.</summary>
    private void Arm(WatchedPath path)
    {
        path.Watcher?.Dispose();
        path.Watcher = null;
        path.ParentWatcher?.Dispose();
        path.ParentWatcher = null;
        path.Stale = false;
        path.Exists = Exists(path.FullPath);
        WatchParent(path);
        var isDirectory = Directory.Exists(path.FullPath);
        var directory = isDirectory ? path.FullPath : Path.GetDirectoryName(path.FullPath);
        if (!path.Exists || directory is null)
        {
            return;
        }

        FileSystemWatcher watcher;
        try
        {
            watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = isDirectory,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
        }
        catch (ArgumentException)
        {
            // Gone between the two questions: the next poll sees it missing.
            path.Exists = false;
            return;
        }

        if (!isDirectory)
        {
            watcher.Filter = Path.GetFileName(path.FullPath);
        }

        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += (_, e) => Post(e.FullPath);

        // The system dropped events (its queue overflowed) or the folder went: check everything again.
        watcher.Error += (_, _) => _events.Writer.TryWrite(path.FullPath);
        watcher.EnableRaisingEvents = true;
        path.Watcher = watcher;
    }

    /// <summary>
    /// Watches the folder holding <paramref name="path"/> for the path itself being made, deleted or renamed; the
    /// next poll sets the path's watchers up again (not this handler: a watcher is not disposed from its own events).
    /// </summary>
    private void WatchParent(WatchedPath path)
    {
        var parent = Path.GetDirectoryName(path.FullPath);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        try
        {
            var watcher = new FileSystemWatcher(parent, Path.GetFileName(path.FullPath))
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName,
            };
            void Replaced(object sender, FileSystemEventArgs e)
            {
                path.Stale = true;
                _events.Writer.TryWrite(path.FullPath);
            }

            watcher.Created += Replaced;
            watcher.Deleted += Replaced;
            watcher.Renamed += Replaced;
            watcher.EnableRaisingEvents = true;
            path.ParentWatcher = watcher;
        }
        catch (ArgumentException)
        {
            // The parent went between the two questions: the existence poll covers the path.
        }
    }

    private void Poll()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            foreach (var path in _paths)
            {
                // A path deleted and made again between two polls (rm -rf and mkdir, a branch switched) is
                // another folder, which the old watcher does not see into: its parent's watcher marked it stale.
                if (path.Stale || Exists(path.FullPath) != path.Exists)
                {
                    Arm(path);
                    _events.Writer.TryWrite(path.FullPath);
                }
            }
        }
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    private void OnEvent(object sender, FileSystemEventArgs e) => Post(e.FullPath);

    private void Post(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        var relevant = (s_watchedExtensions.Contains(Path.GetExtension(fullPath), StringComparer.OrdinalIgnoreCase) || name == ".editorconfig")
            && !fullPath.StartsWith(_ignoredDirectory, StringComparison.Ordinal);
        if (relevant)
        {
            _events.Writer.TryWrite(fullPath);
        }
    }

    /// <summary>A path given to watch, and its watcher while it exists.</summary>
    private sealed class WatchedPath(string fullPath)
    {
        public string FullPath { get; } = fullPath;

        public bool Exists { get; set; }

        /// <summary>Set when the path itself was made, deleted or renamed: its watchers are set up again.</summary>
        public volatile bool Stale;

        public FileSystemWatcher? ParentWatcher { get; set; }

        public FileSystemWatcher? Watcher { get; set; }
    }
}
