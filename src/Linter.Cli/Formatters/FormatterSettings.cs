using Linter.Analysis;

namespace Linter.Cli.Formatters;

/// <summary>What some formatters are told beyond the files they write: options of their own and where they run.</summary>
internal sealed record FormatterSettings
{
    public static FormatterSettings Default { get; } = new();

    /// <summary>
    /// <c>--junit-failures</c>: the least severe diagnostic that fails a JUnit test case. Errors by
    /// default, so the JUnit verdict agrees with the exit code; less severe ones are listed in the
    /// test case's output without failing it.
    /// </summary>
    public Severity JUnitFailures { get; init; } = Severity.Error;

    /// <summary>The environment (<c>GITHUB_STEP_SUMMARY</c> for the github format), injected so tests do not depend on the real one.</summary>
    public CliEnvironment Environment { get; init; } = CliEnvironment.None;
}
