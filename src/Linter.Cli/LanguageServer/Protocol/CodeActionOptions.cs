namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Code action options.</summary>
internal sealed record CodeActionOptions
{
    public string[]? CodeActionKinds { get; init; }
    public bool? ResolveProvider { get; init; }
}
