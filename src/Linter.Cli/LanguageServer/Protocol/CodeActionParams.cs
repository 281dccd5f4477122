namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/codeAction</c>.</summary>
internal sealed record CodeActionParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }
    public required Range Range { get; init; }
    public required CodeActionContext Context { get; init; }
}
