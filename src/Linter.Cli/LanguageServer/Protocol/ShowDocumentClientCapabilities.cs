namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Whether the client shows documents the server asks it to.</summary>
internal sealed record ShowDocumentClientCapabilities
{
    public bool Support { get; init; }
}
