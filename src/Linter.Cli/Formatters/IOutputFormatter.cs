namespace Linter.Cli.Formatters;

/// <summary>
/// Writes one run in one output format while it happens: <see cref="Start"/>, then
/// <see cref="WriteFile"/> for each file in output order, then <see cref="End"/>. Nothing about a
/// file outlives its <see cref="WriteFile"/> call except counts, so the memory a formatter needs
/// does not grow with the run. An instance serves one output of one run.
/// </summary>
internal interface IOutputFormatter : IDisposable
{
    /// <summary>Begins the output on <paramref name="writer"/>, which the formatter never closes.</summary>
    void Start(TextWriter writer);

    /// <summary>Writes one checked file (clean ones too: JUnit reports a passing test case for each).</summary>
    void WriteFile(FileReport file);

    /// <summary>Finishes the output with what is only known at the end: the counts and the time taken.</summary>
    void End(RunTotals totals, TimeSpan elapsed);
}
