namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>workspace/didChangeWatchedFiles</c>.</summary>
internal sealed record DidChangeWatchedFilesParams
{
    public required FileEvent[] Changes { get; init; }
}
