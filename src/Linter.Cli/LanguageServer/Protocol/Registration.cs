namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>One capability registered with the client (here only file watching).</summary>
internal sealed record Registration
{
    public required string Id { get; init; }
    public required string Method { get; init; }
    public DidChangeWatchedFilesRegistrationOptions? RegisterOptions { get; init; }
}
