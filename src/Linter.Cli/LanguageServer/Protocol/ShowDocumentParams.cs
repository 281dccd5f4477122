namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>window/showDocument</c>.</summary>
internal sealed record ShowDocumentParams
{
    public required string Uri { get; init; }
    public bool? External { get; init; }
    public bool? TakeFocus { get; init; }
}
