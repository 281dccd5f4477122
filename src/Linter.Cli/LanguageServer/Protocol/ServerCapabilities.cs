namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>What the server does (the members it sets).</summary>
internal sealed record ServerCapabilities
{
    public string? PositionEncoding { get; init; }
    public TextDocumentSyncOptions? TextDocumentSync { get; init; }
    public DiagnosticOptions? DiagnosticProvider { get; init; }
    public CodeActionOptions? CodeActionProvider { get; init; }
    public bool? HoverProvider { get; init; }
    public bool? DocumentSymbolProvider { get; init; }
    public bool? DefinitionProvider { get; init; }
    public bool? ReferencesProvider { get; init; }
    public ExecuteCommandOptions? ExecuteCommandProvider { get; init; }
}
