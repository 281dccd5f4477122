namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A position in a document: the parameters of <c>textDocument/hover</c> and <c>textDocument/definition</c> (HoverParams and DefinitionParams add only progress tokens).</summary>
internal sealed record TextDocumentPositionParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }
    public required Position Position { get; init; }
}
