using System.Diagnostics;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// Ends the server when the editor that started it has gone (the <c>processId</c> of
/// <c>initialize</c>), so a crashed editor leaves no server behind.
/// </summary>
internal sealed class ParentProcessWatch : IDisposable
{
    private readonly Timer _timer;

    public ParentProcessWatch(int processId, TimeSpan interval, Action gone)
    {
        _timer = new Timer(_ =>
        {
            if (!IsAlive(processId))
            {
                gone();
            }
        }, null, interval, interval);
    }

    public void Dispose() => _timer.Dispose();

    /// <summary>Whether a process with that ID runs (a zombie, dead but not yet reaped, counts as gone).</summary>
    public static bool IsAlive(int processId)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                // /proc/PID/stat: "pid (name) state …"; the name may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText($"/proc/{processId}/stat");
                var close = stat.LastIndexOf(')');
                return close < 0 || close + 2 >= stat.Length || stat[close + 2] != 'Z';
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return true;
            }
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
