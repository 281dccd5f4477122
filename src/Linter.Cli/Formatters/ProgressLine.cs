namespace Linter.Cli.Formatters;

/// <summary>
/// A one-line "checking N files…" on stderr, shown only on a terminal and only once a run has taken
/// longer than <see cref="Delay"/>, so quick runs and piped output never see it. Disposing erases it.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan s_delay = TimeSpan.FromSeconds(1);
    private readonly TextWriter _stderr;
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private bool _shown;
    private bool _disposed;

    private ProgressLine(TextWriter stderr, int fileCount, bool enabled, TimeSpan delay)
    {
        _stderr = stderr;
        if (enabled)
        {
            _timer = new Timer(_ => Show(fileCount), null, delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>How long a run goes before the line appears.</summary>
    public static TimeSpan Delay => s_delay;

    /// <summary>Starts the clock; <paramref name="delay"/> is for tests, which cannot wait on a loaded machine's timer.</summary>
    public static ProgressLine Start(TextWriter stderr, int fileCount, CliEnvironment environment, TimeSpan? delay = null) =>
        new(stderr, fileCount, environment.StderrIsTerminal, delay ?? s_delay);

    /// <summary>Whether the line has been written.</summary>
    public bool IsShown
    {
        get
        {
            lock (_gate)
            {
                return _shown;
            }
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _disposed = true;
            if (_shown)
            {
                // Carriage return, then erase to the end of the line: the report starts on a clean line.
                _stderr.Write("\r\u001b[K");
            }
        }
    }

    private void Show(int fileCount)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _shown = true;
            _stderr.Write($"\rstmtlint: checking {fileCount} file{(fileCount == 1 ? string.Empty : "s")}…");
            _stderr.Flush();
        }
    }
}
