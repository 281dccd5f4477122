namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Workspace capabilities (the members the server reads).</summary>
internal sealed record WorkspaceClientCapabilities
{
    public DidChangeWatchedFilesClientCapabilities? DidChangeWatchedFiles { get; init; }
}
