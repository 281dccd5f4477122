namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Replaces a range with new text.</summary>
internal sealed record TextEdit
{
    public required Range Range { get; init; }
    public required string NewText { get; init; }
}
