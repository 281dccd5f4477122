namespace Linter.Cli.LanguageServer;

/// <summary>The answer of <c>stmtlint.showConfiguration</c>: what applies to one document, and why.</summary>
internal sealed record ConfigurationReport
{
    public required string Document { get; init; }

    /// <summary>The configuration files in force, farthest first; empty when none is (every rule at its default).</summary>
    public required string[] ConfigurationFiles { get; init; }

    public required bool Excluded { get; init; }

    /// <summary>Every rule that runs on the document, with the severity it reports at.</summary>
    public required RuleReport[] Rules { get; init; }

    public required string[] CustomRuleFiles { get; init; }

    /// <summary>C# rule files that were neither compiled nor run (the client did not enable code rules, or the build cannot run them).</summary>
    public required string[] SkippedCodeRuleFiles { get; init; }

    public required string[] Errors { get; init; }

    /// <summary>The same as text, for a client that only shows messages.</summary>
    public required string Text { get; init; }
}

/// <summary>One rule in a <see cref="ConfigurationReport"/>.</summary>
internal sealed record RuleReport
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Severity { get; init; }
}
