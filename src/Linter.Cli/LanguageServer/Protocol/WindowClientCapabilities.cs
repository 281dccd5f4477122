namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Window capabilities (the members the server reads).</summary>
internal sealed record WindowClientCapabilities
{
    public ShowDocumentClientCapabilities? ShowDocument { get; init; }
}
