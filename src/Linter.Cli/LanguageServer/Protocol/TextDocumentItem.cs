namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A document as the client opens it.</summary>
internal sealed record TextDocumentItem
{
    public required string Uri { get; init; }
    public string LanguageId { get; init; } = "";
    public required int Version { get; init; }
    public required string Text { get; init; }
}
