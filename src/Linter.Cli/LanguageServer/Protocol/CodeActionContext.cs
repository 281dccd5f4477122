namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The diagnostics at the range and the kinds of action asked for.</summary>
internal sealed record CodeActionContext
{
    public Diagnostic[] Diagnostics { get; init; } = [];
    public string[]? Only { get; init; }
    public int? TriggerKind { get; init; }
}
