using System.Threading.Channels;

namespace Linter.Cli.Watching;

/// <summary>
/// Changes to documents, configuration and custom rule files under the watched paths, from <see cref="FileSystemWatcher"/>.
/// Editors save in bursts (temporary file, rename, attribute change), so events are gathered until
/// the tree has been quiet for <see cref="Quiet"/> and then reported as one batch.
/// </summary>
internal sealed class FileSystemChangeSource : IChangeSource, IDisposable
{
    private static readonly string[] s_watchedExtensions = [".md", ".markdown", ".txt", ".yaml", ".yml", ".cs"];

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly string _ignoredDirectory;

    /// <param name="paths">Files and directories to watch (directories recursively).</param>
    /// <param name="ignoredDirectory">A directory whose changes are ours (the cache) and must not trigger a check.</param>
    public FileSystemChangeSource(IEnumerable<string> paths, string ignoredDirectory)
    {
        _ignoredDirectory = Path.TrimEndingDirectorySeparator(ignoredDirectory) + Path.DirectorySeparatorChar;
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            var isDirectory = Directory.Exists(path);
            var directory = isDirectory ? path : Path.GetDirectoryName(path);
            if (directory is null || !Directory.Exists(directory))
            {
                continue;
            }

            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = isDirectory,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            if (!isDirectory)
            {
                watcher.Filter = Path.GetFileName(path);
            }

            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += (_, e) => Post(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>How long the tree must be quiet before a batch is reported.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(200);

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
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _events.Writer.TryComplete();
    }

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
}
