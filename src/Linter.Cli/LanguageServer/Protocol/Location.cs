namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A range in a document.</summary>
internal sealed record Location
{
    public required string Uri { get; init; }
    public required Range Range { get; init; }
}
