namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Save notification options.</summary>
internal sealed record SaveOptions
{
    public bool? IncludeText { get; init; }
}
