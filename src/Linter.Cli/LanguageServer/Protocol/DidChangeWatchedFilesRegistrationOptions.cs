namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The files the client is asked to watch.</summary>
internal sealed record DidChangeWatchedFilesRegistrationOptions
{
    public required FileSystemWatcher[] Watchers { get; init; }
}
