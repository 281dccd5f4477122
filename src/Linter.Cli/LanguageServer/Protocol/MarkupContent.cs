namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Text in a markup kind.</summary>
internal sealed record MarkupContent
{
    public required string Kind { get; init; }
    public required string Value { get; init; }
}
