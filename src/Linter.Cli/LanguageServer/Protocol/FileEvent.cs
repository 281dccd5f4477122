namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A file that changed.</summary>
internal sealed record FileEvent
{
    public required string Uri { get; init; }
    public required FileChangeType Type { get; init; }
}
