namespace Linter.Cli;

/// <summary>The process exit codes; CI scripts depend on them, so they never change.</summary>
internal static class ExitCodes
{
    /// <summary>No error-severity diagnostic.</summary>
    public const int Success = 0;

    /// <summary>At least one error-severity diagnostic.</summary>
    public const int LintErrors = 1;

    /// <summary>Bad usage, a missing path, an unreadable file or an internal failure.</summary>
    public const int Failure = 2;
}
