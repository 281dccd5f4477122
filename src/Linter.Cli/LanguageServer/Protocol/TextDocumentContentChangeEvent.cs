namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>One change: a range and its new text, or without a range the whole new text.</summary>
internal sealed record TextDocumentContentChangeEvent
{
    public Range? Range { get; init; }
    public int? RangeLength { get; init; }
    public required string Text { get; init; }
}
