namespace Linter.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
