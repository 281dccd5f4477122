using System.Xml.Linq;
using Linter.Cli.Formatters;

namespace Linter.Cli.Tests.Formatters;

/// <summary>What CI tools read: JUnit failures that agree with the exit code, and GitHub annotations in the order the runner can show them.</summary>
public sealed class CiFormatTests
{
    [Fact]
    public void JUnitFailsOnlyTestCasesWithErrorsByDefault()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "junit");
        var suite = XDocument.Parse(result.Stdout).Root!.Element("testsuite")!;

        Assert.Equal("1", suite.Attribute("failures")!.Value);
        Assert.Equal(["docs/undated.txt"], suite.Elements("testcase").Where(c => c.Element("failure") is not null).Select(c => c.Attribute("name")!.Value));
        Assert.Contains("warning SL4002", suite.Elements("testcase").Single(c => c.Attribute("name")!.Value == "docs/chrome.txt").Element("system-out")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("warning", 2)]
    [InlineData("info", 3)]
    public void JUnitFailuresTakesTheLeastSevereThatFails(string severity, int failedCases)
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "junit", "--junit-failures", severity);
        var suite = XDocument.Parse(result.Stdout).Root!.Element("testsuite")!;

        Assert.Equal(failedCases.ToString(System.Globalization.CultureInfo.InvariantCulture), suite.Attribute("failures")!.Value);
        Assert.Equal(failedCases, suite.Elements("testcase").Count(c => c.Element("failure") is not null));
    }

    [Fact]
    public void GitHubWritesErrorsThenWarningsThenNotices()
    {
        using var temp = FixtureTree.Create();
        temp.Write("a-first.txt", "Statement by Minister (2022-04-29)\n\nTrade is up . \n\nPrint\n");

        var lines = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "github").Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimStart('\uFEFF'))
            .Select(l => l[2..l.IndexOf(' ', StringComparison.Ordinal)])
            .ToList();

        Assert.Equal(["error", "warning", "warning", "notice", "notice", "notice"], lines);
    }

    [Fact]
    public void GitHubAppendsAStepSummaryWhenTheRunnerAsksForOne()
    {
        using var temp = FixtureTree.Create();
        var summary = temp.Write("summary.md", "earlier step\n");
        var environment = FormatterRunner.Environment(variables: [("GITHUB_ACTIONS", "true"), ("GITHUB_STEP_SUMMARY", summary)]);

        FormatterRunner.Run(temp.Path, environment, "check", "docs");
        var text = File.ReadAllText(summary);

        Assert.StartsWith("earlier step\n## stmtlint\n\n3 files checked: 1 error, 1 warning, 1 info\n", text, StringComparison.Ordinal);
        Assert.Contains("| SL2001 | missing-date | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| SL4004 | trailing-whitespace | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| `docs/chrome.txt` | 1 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHubWritesNoStepSummaryOutsideTheRunner()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "github");

        Assert.Contains("::error", result.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "summary.md")));
    }
}
