namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A glob of files to watch.</summary>
internal sealed record FileSystemWatcher
{
    public required string GlobPattern { get; init; }
    public int? Kind { get; init; }
}
