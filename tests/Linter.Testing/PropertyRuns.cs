namespace Linter.Testing;

/// <summary>
/// How many cases a CsCheck property test runs: its full count, which the default and CI runs use, or a tenth of it
/// in the quick loop (<c>STMTLINT_QUICK=1</c>, see README), so that every property still runs there, only on fewer cases.
/// </summary>
public static class PropertyRuns
{
    /// <summary>Set to 1 to run each property on a tenth of its cases.</summary>
    public const string QuickVariable = "STMTLINT_QUICK";

    private static readonly bool s_quick = Environment.GetEnvironmentVariable(QuickVariable) == "1";

    /// <summary>Returns <paramref name="full"/>, or a tenth of it (at least 1) in the quick loop.</summary>
    /// <param name="full">The number of cases the property runs in a full test run.</param>
    public static int Iterations(int full) => s_quick ? Math.Max(1, full / 10) : full;
}
