namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>How severe a diagnostic is.</summary>
internal enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}
