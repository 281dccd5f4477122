namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The kinds of pull diagnostic report.</summary>
internal static class DocumentDiagnosticReportKind
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
}
