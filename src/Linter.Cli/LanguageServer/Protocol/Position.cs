namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A zero-based line and character offset; the character unit is the negotiated position encoding.</summary>
internal sealed record Position
{
    public required int Line { get; init; }
    public required int Character { get; init; }
}
