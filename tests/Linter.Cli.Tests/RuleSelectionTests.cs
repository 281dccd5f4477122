namespace Linter.Cli.Tests;

/// <summary><c>--select</c>, <c>--extend-select</c>, <c>--ignore</c>, <c>--quiet</c>, <c>--min-severity</c> and <c>--exit-zero</c>.</summary>
public sealed class RuleSelectionTests : IDisposable
{
    // a.md: SL3006 (info), SL4002 (warning); b.txt: SL2001 (error); both: SL2007 once it is selected (off by default, configured here).
    private const string Configuration = "rules:\n  SL2007:\n    keys: [source_url]\n";
    private const string Markdown = "---\ntitle: Readout\ndate: 2022-04-29\n---\n\n# Readout\n\nTrade is up .\n\nPrint\n";
    private const string Undated = "Statement by Minister\n\nTrade is down.\n";

    private readonly TempDirectory _temp = new();

    public RuleSelectionTests()
    {
        _temp.Write(".stmtlint.yaml", Configuration);
        _temp.Write("a.md", Markdown);
        _temp.Write("b.txt", Undated);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WithoutSelectorsConfigurationDecides()
    {
        var result = Check();

        Assert.Equal(["SL3006", "SL4002", "SL2001"], Ids(result));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void SelectRunsOnlyTheNamedRulesAndSwitchesOnARuleThatIsOffByDefault()
    {
        var result = Check("--select", "SL2007,page-boilerplate");

        Assert.Equal(["SL2007", "SL4002", "SL2007"], Ids(result));
    }

    [Fact]
    public void SelectTakesPrefixesAndMayBeRepeated()
    {
        var result = Check("--select", "SL3", "--select", "SL4");

        Assert.Equal(["SL3006", "SL4002"], Ids(result));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void TheMoreSpecificSelectorWins()
    {
        Assert.Equal(["SL2007", "SL2007"], Ids(Check("--select", "SL2", "--ignore", "SL2001")));
        Assert.Equal(["SL2001"], Ids(Check("--ignore", "ALL", "--select", "missing-date")));
    }

    [Fact]
    public void IgnoreOnATieWins()
    {
        Assert.Empty(Ids(Check("--select", "SL4002", "--ignore", "SL4002")));
    }

    [Fact]
    public void ExtendSelectAddsToConfiguration()
    {
        var result = Check("--extend-select", "SL2007", "--ignore", "SL3006");

        Assert.Equal(["SL2007", "SL4002", "SL2001", "SL2007"], Ids(result));
    }

    [Fact]
    public void ARuleConfigurationTurnsOffStaysOffWhenSelected()
    {
        _temp.Write(".stmtlint.yaml", Configuration + "  SL4002: off\n");

        Assert.Equal(["SL3006"], Ids(Check("--select", "SL3006,SL4002")));
    }

    [Fact]
    public void AnUnknownSelectorIsAUsageErrorWithAHint()
    {
        var result = Check("--select", "missing-dat");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("stmtlint: error: --select: 'missing-dat' is no rule ID, name or ID prefix; did you mean 'missing-date' (SL2001)?\n", result.Stderr);
    }

    [Fact]
    public void QuietReportsErrorsOnly()
    {
        var result = Check("--quiet");

        Assert.Equal(["SL2001"], Ids(result));
        Assert.EndsWith("stmtlint: 2 files checked: 1 error, 0 warnings, 0 info\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void WarningsQuietLeavesOutStillCountForMaxWarnings()
    {
        var result = Check("--quiet", "--ignore", "SL2001", "--max-warnings", "0");

        Assert.Empty(Ids(result));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("too many warnings (1); the maximum is 0", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error", new[] { "SL2001" })]
    [InlineData("warning", new[] { "SL4002", "SL2001" })]
    [InlineData("info", new[] { "SL3006", "SL4002", "SL2001" })]
    public void MinSeverityReportsThatSeverityAndWorse(string severity, string[] expected)
    {
        Assert.Equal(expected, Ids(Check("--min-severity", severity)));
    }

    [Fact]
    public void ExitZeroExitsWithZeroDespiteErrors()
    {
        var result = Check("--exit-zero");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("SL2001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitZeroKeepsUsageErrorsAtTwo()
    {
        Assert.Equal(2, Check("--exit-zero", "missing.md").ExitCode);
    }

    [Fact]
    public void SelectionChangesWhatTheCacheReturns()
    {
        // The selection is part of the configuration's fingerprint, so a cached run under one selection does not answer another.
        var first = CliRunner.Run(_temp.Path, "check", "--select", "SL3006");
        var second = CliRunner.Run(_temp.Path, "check", "--select", "SL4002");

        Assert.Equal(["SL3006"], Ids(first));
        Assert.Equal(["SL4002"], Ids(second));
    }

    [Fact]
    public void HelpDescribesTheSelectionOptions()
    {
        var help = CliRunner.Run(_temp.Path, "check", "--help").Stdout;

        foreach (var option in new[] { "--select", "--extend-select", "--ignore", "--quiet", "--min-severity", "--exit-zero" })
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }
    }

    private CliResult Check(params string[] args) => CliRunner.Run(_temp.Path, ["check", "--no-cache", .. args]);

    private static string[] Ids(CliResult result) =>
        [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[2].TrimEnd(':'))];
}
