using System.Text.Json;

namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A diagnostic as the protocol carries it.</summary>
internal sealed record Diagnostic
{
    public required Range Range { get; init; }
    public DiagnosticSeverity? Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string? Source { get; init; }
    public required string Message { get; init; }
    public JsonElement? Data { get; init; }
}
