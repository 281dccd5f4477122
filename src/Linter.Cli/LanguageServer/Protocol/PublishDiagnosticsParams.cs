namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/publishDiagnostics</c>.</summary>
internal sealed record PublishDiagnosticsParams
{
    public required string Uri { get; init; }
    public int? Version { get; init; }
    public required Diagnostic[] Diagnostics { get; init; }
}
