namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The result of <c>window/showDocument</c>.</summary>
internal sealed record ShowDocumentResult
{
    public bool Success { get; init; }
}
