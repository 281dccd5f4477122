namespace Linter.Cli.LanguageServer;

/// <summary>stmtlint's own <c>initializationOptions</c>.</summary>
internal sealed record ServerInitializationOptions
{
    /// <summary>
    /// Run C# custom rules. Off unless the client turns it on: a C# rule is code from the repository,
    /// and opening a file in an editor should not run it unasked. YAML rules always run.
    /// </summary>
    public bool CodeRules { get; init; }
}
