namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>What the client can do (the members the server reads).</summary>
internal sealed record ClientCapabilities
{
    public GeneralClientCapabilities? General { get; init; }
    public TextDocumentClientCapabilities? TextDocument { get; init; }
    public WorkspaceClientCapabilities? Workspace { get; init; }
    public WindowClientCapabilities? Window { get; init; }
}
