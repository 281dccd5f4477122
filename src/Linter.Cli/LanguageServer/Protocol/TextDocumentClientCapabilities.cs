namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Text document capabilities (the members the server reads).</summary>
internal sealed record TextDocumentClientCapabilities
{
    public DiagnosticClientCapabilities? Diagnostic { get; init; }
    public PublishDiagnosticsClientCapabilities? PublishDiagnostics { get; init; }
}
