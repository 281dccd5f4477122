namespace Linter.Cli;

/// <summary>Everything <c>stmtlint check</c> was asked to do, as parsed from the command line.</summary>
internal sealed record CheckOptions
{
    /// <summary>Files and directories to check; empty means the current directory.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary><c>--config FILE</c>: this configuration for every document instead of discovered ones.</summary>
    public string? ConfigPath { get; init; }

    /// <summary><c>--format</c>: how diagnostics are written.</summary>
    public string Format { get; init; } = "msbuild";
}
