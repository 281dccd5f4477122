namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Names a document by its URI.</summary>
internal sealed record TextDocumentIdentifier
{
    public required string Uri { get; init; }
}
