namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Pull diagnostics options.</summary>
internal sealed record DiagnosticOptions
{
    public string? Identifier { get; init; }
    public bool InterFileDependencies { get; init; }
    public bool WorkspaceDiagnostics { get; init; }
}
