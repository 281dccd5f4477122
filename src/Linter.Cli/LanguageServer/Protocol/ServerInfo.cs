namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The server's name and version (an unnamed literal in the specification: <c>InitializeResult.serverInfo</c>).</summary>
internal sealed record ServerInfo
{
    public required string Name { get; init; }
    public string? Version { get; init; }
}
