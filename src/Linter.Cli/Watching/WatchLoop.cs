namespace Linter.Cli.Watching;

/// <summary>
/// The <c>--watch</c> loop: check, wait for changes, check again, until cancelled. Every round
/// re-checks every path; the result cache makes unchanged files cost a hash, and re-resolving the
/// paths picks up files that were added or deleted. A round that finds a path gone says so and the
/// loop goes on; only the first round's usage errors (a path mistyped) end it.
/// </summary>
internal static class WatchLoop
{
    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled; returns the exit code of the last check.</summary>
    public static async Task<int> RunAsync(Func<int> check, IChangeSource changes, TextWriter status, CancellationToken cancellationToken)
    {
        var exitCode = check();
        while (!cancellationToken.IsCancellationRequested)
        {
            status.WriteLine("stmtlint: watching for changes; press Ctrl+C to stop");
            IReadOnlyCollection<string> changed;
            try
            {
                changed = await changes.WaitForChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            status.WriteLine($"stmtlint: {(changed.Count == 1 ? "1 file" : $"{changed.Count} files")} changed; checking again");
            try
            {
                exitCode = check();
            }
            catch (UsageException e)
            {
                // A watched path that was deleted or renamed is reported, and checked again when it comes back.
                status.WriteLine($"stmtlint: error: {e.Message}; still watching, and checking again when it changes");
                exitCode = ExitCodes.Failure;
            }
        }

        return exitCode;
    }
}
