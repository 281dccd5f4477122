namespace Linter.Cli;

/// <summary>Everything <c>stmtlint check</c> was asked to do, as parsed from the command line.</summary>
internal sealed record CheckOptions
{
    /// <summary>Files and directories to check; empty means the current directory.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary><c>--config FILE</c>: this configuration for every document instead of discovered ones.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>
    /// <c>--format</c>/<c>--output</c> pairs: what to write where (see <see cref="Formatters.OutputPlan"/>);
    /// empty means the default format to stdout.
    /// </summary>
    public IReadOnlyList<Formatters.OutputRequest> Outputs { get; init; } = [];

    /// <summary><c>--no-color</c>: plain text even on a terminal.</summary>
    public bool NoColor { get; init; }

    /// <summary>Terminals and environment variables, which pick the default format, colours and the progress line.</summary>
    public Formatters.CliEnvironment Environment { get; init; } = Formatters.CliEnvironment.None;
}
