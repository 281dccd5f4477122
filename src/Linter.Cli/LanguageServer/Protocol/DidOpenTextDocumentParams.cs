namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didOpen</c>.</summary>
internal sealed record DidOpenTextDocumentParams
{
    public required TextDocumentItem TextDocument { get; init; }
}
