namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The result of <c>textDocument/hover</c>.</summary>
internal sealed record Hover
{
    public required MarkupContent Contents { get; init; }
    public Range? Range { get; init; }
}
