namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A half-open range between two positions.</summary>
internal sealed record Range
{
    public required Position Start { get; init; }
    public required Position End { get; init; }
}
