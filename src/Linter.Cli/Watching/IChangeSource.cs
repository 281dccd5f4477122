namespace Linter.Cli.Watching;

/// <summary>Where <c>--watch</c> learns that files changed; the file system in production, a script in tests.</summary>
internal interface IChangeSource
{
    /// <summary>Waits for the next batch of changes (already debounced) and returns the changed paths.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<IReadOnlyCollection<string>> WaitForChangesAsync(CancellationToken cancellationToken);
}
