namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Markup kinds.</summary>
internal static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}
