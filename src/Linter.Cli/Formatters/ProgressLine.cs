using System.Diagnostics;
using System.Globalization;

namespace Linter.Cli.Formatters;

/// <summary>
/// A one-line progress report on stderr, <c>stmtlint: 1,204/1,927 files · 3 errors · 0:02</c>, shown only on
/// a terminal and only once a run has taken longer than <see cref="Delay"/>, so quick runs and piped
/// output never see it; it is redrawn every <see cref="Interval"/> while the run goes on. Disposing erases it.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan s_delay = TimeSpan.FromSeconds(1);
    private readonly TextWriter _stderr;
    private readonly int _fileCount;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private int _done;
    private int _errors;
    private bool _shown;
    private bool _disposed;

    private ProgressLine(TextWriter stderr, int fileCount, bool enabled, TimeSpan delay)
    {
        _stderr = stderr;
        _fileCount = fileCount;
        if (enabled)
        {
            _timer = new Timer(_ => Show(), null, delay, Interval);
        }
    }

    /// <summary>How long a run goes before the line appears.</summary>
    public static TimeSpan Delay => s_delay;

    /// <summary>How often the line is redrawn: often enough to look live, rarely enough to cost nothing.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(250);

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

    /// <summary>Counts one more file done, with the errors reported in it.</summary>
    public void FileDone(int errors)
    {
        Interlocked.Increment(ref _done);
        Interlocked.Add(ref _errors, errors);
    }

    /// <summary>The line as it reads after <paramref name="elapsed"/>, with <paramref name="done"/> of <paramref name="total"/> files and <paramref name="errors"/> errors.</summary>
    public static string Text(int done, int total, int errors, TimeSpan elapsed)
    {
        var clock = elapsed.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalHours}:{elapsed.Minutes:00}:{elapsed.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{elapsed.Minutes}:{elapsed.Seconds:00}");
        return string.Create(CultureInfo.InvariantCulture, $"stmtlint: {done:N0}/{total:N0} file{(total == 1 ? string.Empty : "s")} · {errors:N0} error{(errors == 1 ? string.Empty : "s")} · {clock}");
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

    private void Show()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _shown = true;

            // Erased to the end of the line after it, in case the last drawing was longer.
            _stderr.Write($"\r{Text(Volatile.Read(ref _done), _fileCount, Volatile.Read(ref _errors), _clock.Elapsed)}\u001b[K");
            _stderr.Flush();
        }
    }
}
