namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/diagnostic</c>.</summary>
internal sealed record DocumentDiagnosticParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }
    public string? Identifier { get; init; }
    public string? PreviousResultId { get; init; }
}
