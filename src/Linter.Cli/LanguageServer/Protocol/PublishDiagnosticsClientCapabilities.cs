namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Pushed diagnostics capabilities.</summary>
internal sealed record PublishDiagnosticsClientCapabilities
{
    public bool? VersionSupport { get; init; }
}
