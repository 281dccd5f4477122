namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>How document changes are sent.</summary>
internal enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}
