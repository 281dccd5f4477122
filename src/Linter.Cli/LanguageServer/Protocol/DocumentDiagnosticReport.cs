namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The result of <c>textDocument/diagnostic</c>: a full report, or <c>unchanged</c> since <c>previousResultId</c> (the specification's union of the two report kinds).</summary>
internal sealed record DocumentDiagnosticReport
{
    public required string Kind { get; init; }
    public string? ResultId { get; init; }
    public Diagnostic[]? Items { get; init; }
}
