namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A folder the client has open.</summary>
internal sealed record WorkspaceFolder
{
    public required string Uri { get; init; }
    public string Name { get; init; } = "";
}
