namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/references</c>.</summary>
internal sealed record ReferenceParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }
    public required Position Position { get; init; }
    public ReferenceContext Context { get; init; } = new();
}
