namespace Linter.Cli.Tests.CustomRules;

public sealed class CheckWithCustomRulesTests
{
    private const string HouseRules = """
        rules:
          - id: HOUSE001
            name: house-spelling
            message: "use '{replacement}' instead of '{match}'"
            kind: substitution
            swap:
              co-operation: cooperation
          - id: HOUSE002
            name: no-very
            message: "avoid '{match}'"
            severity: error
            kind: existence
            tokens: [very]
        """;

    private const string Document = "Statement on the talks (2024-05-08)\n\nThe co-operation was very good.\n";

    [Fact]
    public void CheckRunsTheRulesTheConfigurationLists()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: [rules/*.yaml]\nrules:\n  HOUSE001: info\n");
        directory.Write("rules/house.yaml", HouseRules);
        directory.Write("statement.txt", Document);

        var result = CliRunner.Run(directory.Path, "check", "statement.txt", "--no-cache", "--format", "msbuild");

        Assert.Equal(
            "statement.txt(3,5,3,17): info HOUSE001: use 'cooperation' instead of 'co-operation' [house-spelling]\n"
            + "statement.txt(3,22,3,26): error HOUSE002: avoid 'very' [no-very]\n",
            result.Stdout);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void CustomRulesApplyOnlyToTheDocumentsTheirConfigurationCovers()
    {
        using var directory = new TempDirectory();
        directory.Write("house/.stmtlint.yaml", "custom-rules: [../rules/house.yaml]\n");
        directory.Write("rules/house.yaml", HouseRules);
        directory.Write("house/a.txt", Document);
        directory.Write("other/b.txt", Document);

        var result = CliRunner.Run(directory.Path, "check", "house", "other", "--no-cache", "--format", "msbuild");

        Assert.Contains("house/a.txt(3,22,3,26): error HOUSE002", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("other/b.txt", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigurationIsReadAgainOnceCustomRulesAreLoadedWithoutRepeatingWarnings()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: [rules/house.yaml]\nexclude: ['archive/**']\nrules:\n  HOUSE001: off\n");
        directory.Write("rules/house.yaml", HouseRules);
        directory.Write("a.txt", Document);
        directory.Write("b/c.txt", Document);
        directory.Write("archive/old.txt", Document);

        var result = CliRunner.Run(directory.Path, "check", ".", "archive/old.txt", "--no-cache", "--format", "msbuild");

        // HOUSE001 can be named only once the rules are loaded; the files are listed once to find them and once more to count.
        Assert.Equal(
            "a.txt(3,22,3,26): error HOUSE002: avoid 'very' [no-very]\n"
            + "b/c.txt(3,22,3,26): error HOUSE002: avoid 'very' [no-very]\n",
            result.Stdout);
        Assert.Equal(
            "stmtlint: warning: 'archive/old.txt' is ignored because of a matching exclude pattern in the configuration\n"
            + "stmtlint: 2 files checked: 2 errors, 0 warnings, 0 info\n",
            result.Stderr);
    }

    [Fact]
    public void FixAppliesASubstitution()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: rules/house.yaml\n");
        directory.Write("rules/house.yaml", HouseRules);
        var path = directory.Write("statement.txt", Document);

        var result = CliRunner.Run(directory.Path, "check", "statement.txt", "--fix", "--format", "msbuild");

        Assert.Equal("Statement on the talks (2024-05-08)\n\nThe cooperation was very good.\n", File.ReadAllText(path));
        Assert.Contains("fixed 1 problem in 1 file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistakeInARuleFileStopsTheRunWithItsPosition()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: [rules/*.yaml]\n");
        directory.Write("rules/house.yaml", "id: HOUSE001\nname: a\nmessage: m\nkind: existance\ntokens: [x]\n");
        directory.Write("statement.txt", Document);

        var result = CliRunner.Run(directory.Path, "check", "statement.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(
            "rules/house.yaml(4,7): error rule: unknown kind 'existance'\n"
            + "    hint: did you mean 'existence'?\n"
            + "stmtlint: 1 error in custom rule files; nothing was checked\n",
            result.Stderr);
    }

    [Fact]
    public void ACustomRuleFileThatDoesNotExistIsAConfigurationError()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules:\n  - rules/missing.yaml\n  - rules/notes.txt\n");
        directory.Write("statement.txt", Document);

        var result = CliRunner.Run(directory.Path, "check", "statement.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".stmtlint.yaml(2,5): error config: custom rule file 'rules/missing.yaml' does not exist", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(".stmtlint.yaml(3,5): error config: 'rules/notes.txt' is not a custom rule file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlTheReaderCannotReadIsAPositionedConfigurationError()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "rules:\n  - id: [HOUSE001\n    name: x\n");
        directory.Write("statement.txt", Document);

        var result = CliRunner.Run(directory.Path, "check", "statement.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^\.stmtlint\.yaml\(\d+,\d+\): error config: invalid YAML: ", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigurationMayNameTheCustomRules()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: [rules/house.yaml]\nrules:\n  no-very: off\n  house-spelling: error\n");
        directory.Write("rules/house.yaml", HouseRules);
        directory.Write("statement.txt", Document);

        var result = CliRunner.Run(directory.Path, "check", "statement.txt", "--no-cache", "--format", "msbuild");

        Assert.Equal("statement.txt(3,5,3,17): error HOUSE001: use 'cooperation' instead of 'co-operation' [house-spelling]\n", result.Stdout);
    }

    [Fact]
    public void ChangingARuleFileInvalidatesTheCachedResults()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: [rules/house.yaml]\n");
        directory.Write("rules/house.yaml", HouseRules);
        directory.Write("statement.txt", Document);

        var first = CliRunner.Run(directory.Path, "check", "statement.txt", "--format", "msbuild", "--verbose");
        var unchanged = CliRunner.Run(directory.Path, "check", "statement.txt", "--format", "msbuild", "--verbose");
        directory.Write("rules/house.yaml", HouseRules.Replace("avoid '{match}'", "do not write '{match}'", StringComparison.Ordinal));
        var changed = CliRunner.Run(directory.Path, "check", "statement.txt", "--format", "msbuild", "--verbose");

        Assert.Contains("parsed 1 of 1 file", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("parsed 0 of 1 file", unchanged.Stderr, StringComparison.Ordinal);
        Assert.Equal(first.Stdout, unchanged.Stdout);
        Assert.Contains("parsed 1 of 1 file", changed.Stderr, StringComparison.Ordinal);
        Assert.Contains("error HOUSE002: do not write 'very'", changed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ACatastrophicPatternIsReportedWithinItsTimeoutAndTheRunGoesOn()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: [rules/runaway.yaml]\n");
        directory.Write("rules/runaway.yaml", "id: HOUSE009\nname: runaway\nmessage: x\nkind: existence\nwhole-word: false\ntimeout-ms: 250\npatterns: ['(a+)+$']\n");
        directory.Write("a-long.txt", "Statement (2024-05-08)\n\n" + new string('a', 40_000) + "!\n");
        directory.Write("b-other.txt", "Statement (2024-05-08)\n\nFine text. \n");

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var result = CliRunner.Run(directory.Path, "check", ".", "--no-cache", "--format", "msbuild");
        stopwatch.Stop();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a-long.txt(3,1,3,40002): error SL9002: rule runaway (HOUSE009) gave up on 'a-long.txt': its pattern '(?:(a+)+$)' did not finish within 250 ms", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("b-other.txt(3,11,3,12): info SL4004", result.Stdout, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"took {stopwatch.Elapsed}");
    }
}
