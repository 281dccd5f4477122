namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didSave</c>.</summary>
internal sealed record DidSaveTextDocumentParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }
    public string? Text { get; init; }
}
