namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Edits to documents, by URI.</summary>
internal sealed record WorkspaceEdit
{
    public required Dictionary<string, TextEdit[]> Changes { get; init; }
}
