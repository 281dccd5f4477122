using System.Text.Json;
using ApprovalTests;
using ApprovalTests.Reporters;

namespace Linter.Cli.Tests;

[UseReporter(typeof(QuietReporter))]
public sealed class RulesAndExplainTests
{
    [Fact]
    public void RulesListsTheCatalogAsATable()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "rules");

        Assert.Equal(0, result.ExitCode);
        Approvals.Verify(result.Stdout);
    }

    [Fact]
    public void RulesListsTheCatalogAsJson()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "rules", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var boilerplate = document.RootElement.EnumerateArray().Single(rule => rule.GetProperty("id").GetString() == "SL4002");
        Assert.Equal("page-boilerplate", boilerplate.GetProperty("name").GetString());
        Assert.Equal("warning", boilerplate.GetProperty("defaultSeverity").GetString());
        Assert.Equal("unsafe", boilerplate.GetProperty("fix").GetString());
        Assert.True(boilerplate.GetProperty("enabledByDefault").GetBoolean());
        Assert.Equal(0, boilerplate.GetProperty("options").GetArrayLength());
    }

    [Fact]
    public void ExplainPrintsTheRulePageAndItsOptions()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "explain", "SL2001");

        Assert.Equal(0, result.ExitCode);
        Approvals.Verify(result.Stdout);
    }

    [Fact]
    public void ExplainAcceptsARuleName()
    {
        var byName = CliRunner.Run(Path.GetTempPath(), "explain", "missing-date");
        var byId = CliRunner.Run(Path.GetTempPath(), "explain", "sl2001");

        Assert.Equal(byId, byName);
        Assert.StartsWith("# SL2001 missing-date\n", byName.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainPrintsTheEngineDiagnosticsPagesToo()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "explain", "SL9001");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# SL9001 rule-failure\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("## What it flags", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainOfAnUnknownRuleExitsWithTwoAndSuggestsTheClosest()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "explain", "SL2010");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("stmtlint: error: unknown rule 'SL2010'\n    hint: did you mean 'SL2001' (missing-date)?\n", result.Stderr);
    }
}
