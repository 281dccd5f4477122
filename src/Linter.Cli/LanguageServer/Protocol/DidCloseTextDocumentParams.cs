namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didClose</c>.</summary>
internal sealed record DidCloseTextDocumentParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }
}
