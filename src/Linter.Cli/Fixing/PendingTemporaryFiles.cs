using System.Runtime.InteropServices;

namespace Linter.Cli.Fixing;

/// <summary>
/// The temporary files <c>--fix</c> has open, removed when the process is told to stop. SIGINT and
/// SIGTERM end a .NET process without running <c>finally</c> blocks, which left a
/// <c>.stmtlint-&lt;guid&gt;.tmp</c> beside every document being written; the handlers delete them
/// and then let the signal end the process as it would have.
/// </summary>
internal static class PendingTemporaryFiles
{
    private static readonly Lock s_lock = new();
    private static readonly HashSet<string> s_paths = new(StringComparer.Ordinal);
    private static PosixSignalRegistration? s_interrupt;
    private static PosixSignalRegistration? s_terminate;
    private static bool s_stopping;

    /// <summary>
    /// Creates <paramref name="path"/> through <paramref name="create"/> and records it, in one step
    /// under the lock, so a signal never falls between the two; null once the process is stopping.
    /// </summary>
    public static FileStream? Create(string path, Func<string, FileStream> create)
    {
        lock (s_lock)
        {
            if (s_stopping)
            {
                return null;
            }

            if (s_interrupt is null && !OperatingSystem.IsWindows() && !OperatingSystem.IsBrowser())
            {
                s_interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnStop);
                s_terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnStop);
            }

            var stream = create(path);
            s_paths.Add(path);
            return stream;
        }
    }

    /// <summary>Forgets <paramref name="path"/>: it was renamed into place or deleted.</summary>
    public static void Release(string path)
    {
        lock (s_lock)
        {
            s_paths.Remove(path);
        }
    }

    private static void OnStop(PosixSignalContext context)
    {
        lock (s_lock)
        {
            s_stopping = true;
            foreach (var path in s_paths)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The process is ending; a file that cannot be removed now cannot be removed later either.
                }
            }

            s_paths.Clear();
        }

        // context.Cancel stays false: the signal goes on to end the process.
    }
}
