namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Present when the client pulls diagnostics with <c>textDocument/diagnostic</c>.</summary>
internal sealed record DiagnosticClientCapabilities
{
    public bool? DynamicRegistration { get; init; }
    public bool? RelatedDocumentSupport { get; init; }
}
