namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>An entry of a document's outline.</summary>
internal sealed record DocumentSymbol
{
    public required string Name { get; init; }
    public string? Detail { get; init; }
    public required SymbolKind Kind { get; init; }
    public required Range Range { get; init; }
    public required Range SelectionRange { get; init; }
    public DocumentSymbol[]? Children { get; init; }
}
