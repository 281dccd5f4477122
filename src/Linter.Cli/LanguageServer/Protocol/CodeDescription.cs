namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Where a diagnostic's code is described.</summary>
internal sealed record CodeDescription
{
    public required string Href { get; init; }
}
