namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Whether the client watches files for the server when asked to.</summary>
internal sealed record DidChangeWatchedFilesClientCapabilities
{
    public bool? DynamicRegistration { get; init; }
}
