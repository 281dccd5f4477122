namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A code action: an edit, a command, or both.</summary>
internal sealed record CodeAction
{
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public Diagnostic[]? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
    public Command? Command { get; init; }
}
