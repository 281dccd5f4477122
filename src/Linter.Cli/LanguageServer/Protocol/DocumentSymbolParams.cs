namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/documentSymbol</c>.</summary>
internal sealed record DocumentSymbolParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }
}
