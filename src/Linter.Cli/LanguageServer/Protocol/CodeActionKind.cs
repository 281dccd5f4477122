namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>Code action kinds (the members used, and stmtlint's fix-all kind beneath <c>source.fixAll</c>).</summary>
internal static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
    public const string SourceFixAllStmtlint = "source.fixAll.stmtlint";
}
