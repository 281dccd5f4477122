namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The result of <c>initialize</c>.</summary>
internal sealed record InitializeResult
{
    public required ServerCapabilities Capabilities { get; init; }
    public ServerInfo? ServerInfo { get; init; }
}
