namespace Linter.Cli.Tests.CustomRules;

public sealed class RulesAndExplainWithCustomRulesTests
{
    [Fact]
    public void RulesListsTheCustomRulesOfTheCurrentDirectory()
    {
        var result = CliRunner.Run(Path.Combine(RepositoryPaths.Root, "samples"), "rules");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("ID ", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\nHOUSE001 +house-spelling +warning +safe +yes\n", result.Stdout);
        Assert.Matches(@"\nSL1001 +claim-without-rebuttal ", result.Stdout);
    }

    [Fact]
    public void ExplainDescribesACustomRule()
    {
        var result = CliRunner.Run(Path.Combine(RepositoryPaths.Root, "samples"), "explain", "loaded-language");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# HOUSE002 loaded-language\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Words a neutral report attributes or quotes rather than uses.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistakeInARuleFileIsReportedByRulesToo()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: [house.yaml]\n");
        directory.Write("house.yaml", "id: HOUSE001\n");

        var result = CliRunner.Run(directory.Path, "rules");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("house.yaml(1,1): error rule: missing 'name'", result.Stderr, StringComparison.Ordinal);
    }
}
