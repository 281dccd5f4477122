namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Whether the declaration is among the references.</summary>
internal sealed record ReferenceContext
{
    public bool IncludeDeclaration { get; init; }
}
