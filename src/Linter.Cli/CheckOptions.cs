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

    /// <summary><c>--max-warnings N</c>: more warnings than this make the run fail (exit code 1); null for no limit.</summary>
    public int? MaxWarnings { get; init; }

    /// <summary><c>--jobs N</c>: how many files are linted at once; null for every core.</summary>
    public int? Jobs { get; init; }

    /// <summary><c>--changed-since REF</c>: only files changed since this git commit (and untracked ones).</summary>
    public string? ChangedSince { get; init; }

    /// <summary><c>--changed-lines-only</c>: only diagnostics touching a line changed since <see cref="ChangedSince"/>.</summary>
    public bool ChangedLinesOnly { get; init; }

    /// <summary><c>--stdin-filename NAME</c>: the name of the document read from standard input (path <c>-</c>).</summary>
    public string? StdinFileName { get; init; }

    /// <summary><c>--shard K/N</c>: only the K-th of N stable shares of the files.</summary>
    public string? Shard { get; init; }

    /// <summary><c>--baseline FILE</c>: report only diagnostics not recorded in this baseline.</summary>
    public string? BaselinePath { get; init; }

    /// <summary><c>--write-baseline FILE</c>: record the current diagnostics in this baseline.</summary>
    public string? WriteBaselinePath { get; init; }

    /// <summary><c>--fix</c>: apply safe fixes and write the fixed files.</summary>
    public bool Fix { get; init; }

    /// <summary><c>--unsafe-fixes</c>: with <c>--fix</c>, apply unsafe fixes too.</summary>
    public bool UnsafeFixes { get; init; }

    /// <summary><c>--dry-run</c>: with <c>--fix</c>, print a unified diff instead of writing.</summary>
    public bool DryRun { get; init; }

    /// <summary><c>--no-cache</c>: neither read nor write cached results.</summary>
    public bool NoCache { get; init; }

    /// <summary><c>--no-code-rules</c>: neither compile nor run C# custom rules (for untrusted changes); say which were skipped.</summary>
    public bool NoCodeRules { get; init; }

    /// <summary><c>--cache-location DIR</c>: where cached results live; null means <c>.stmtlint-cache</c> in the current directory.</summary>
    public string? CacheLocation { get; init; }

    /// <summary><c>--verbose</c>: also print how many files were parsed (the rest came from the cache).</summary>
    public bool Verbose { get; init; }

    /// <summary><c>--watch</c>: re-check files as they change until interrupted.</summary>
    public bool Watch { get; init; }

    /// <summary><c>--select</c>, <c>--extend-select</c> and <c>--ignore</c>: which rules run, on top of configuration.</summary>
    public RuleSelection Selection { get; init; } = RuleSelection.None;

    /// <summary>
    /// <c>--min-severity</c> (or <c>--quiet</c>, which is <c>--min-severity error</c>): diagnostics less
    /// severe are not reported; warnings hidden so still count for <see cref="MaxWarnings"/>, as in ESLint.
    /// </summary>
    public Linter.Analysis.Severity MinSeverity { get; init; } = Linter.Analysis.Severity.Info;

    /// <summary><c>--exit-zero</c>: exit code 0 even when there are errors (usage errors and failures are still 2).</summary>
    public bool ExitZero { get; init; }

    /// <summary>The formatters' own options (<c>--junit-failures</c>) and environment.</summary>
    public Formatters.FormatterSettings OutputSettings { get; init; } = Formatters.FormatterSettings.Default;

    /// <summary><c>--max-file-size MB</c>, in bytes: a larger document is not read, and is reported as unreadable (exit code 2).</summary>
    public long MaxFileBytes { get; init; } = Linter.Analysis.IO.BoundedFile.DefaultMaxBytes;
}
