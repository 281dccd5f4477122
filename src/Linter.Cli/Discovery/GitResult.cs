namespace Linter.Cli.Discovery;

/// <summary>What one git invocation returned.</summary>
internal sealed record GitResult(int ExitCode, string Output, string Error);
