namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Names a document and the version a change produces.</summary>
internal sealed record VersionedTextDocumentIdentifier
{
    public required string Uri { get; init; }
    public required int Version { get; init; }
}
