namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didChange</c>.</summary>
internal sealed record DidChangeTextDocumentParams
{
    public required VersionedTextDocumentIdentifier TextDocument { get; init; }
    public required TextDocumentContentChangeEvent[] ContentChanges { get; init; }
}
