namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>How documents are synchronised.</summary>
internal sealed record TextDocumentSyncOptions
{
    public bool? OpenClose { get; init; }
    public TextDocumentSyncKind? Change { get; init; }
    public SaveOptions? Save { get; init; }
}
