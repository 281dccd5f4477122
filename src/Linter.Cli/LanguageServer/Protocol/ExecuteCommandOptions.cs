namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The commands the server executes.</summary>
internal sealed record ExecuteCommandOptions
{
    public required string[] Commands { get; init; }
}
