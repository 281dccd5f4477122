using System.Text.Json;
using Linter.Cli.Formatters;

namespace Linter.Cli.Tests.Formatters;

/// <summary>
/// What streaming the output a file at a time must not change: SARIF's rule indices, formats whose opening is only known
/// at the end, the place of dry-run diffs, report files written whole, and path order over more files than the reorder window.
/// </summary>
public sealed class StreamedOutputTests
{
    [Fact]
    public void SarifResultsPointAtTheirRulesWhateverOrderTheRulesFirstAppearIn()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.Stdout);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(rules.Order(StringComparer.Ordinal), rules);
        Assert.NotEqual(0, results[0].GetProperty("ruleIndex").GetInt32());
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]));
    }

    [Fact]
    public void SarifOfARunWithoutResultsListsNoRules()
    {
        using var temp = new TempDirectory();
        temp.Write("clean.txt", FixtureTree.Dated);

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "sarif");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\n          \"rules\": []\n", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("\n      \"results\": [],\n      \"columnKind\": \"utf16CodeUnits\"\n    }\n  ]\n}\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void JUnitOfARunWithoutFilesClosesTheSuiteTagItself()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "junit", "empty");

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<testsuites name=\"stmtlint\" tests=\"0\" failures=\"0\" errors=\"0\" time=\"0.000\">\n"
            + "  <testsuite name=\"stmtlint\" tests=\"0\" failures=\"0\" errors=\"0\" time=\"0.000\" />\n"
            + "</testsuites>\n",
            FormatterRunner.Stable(result.Stdout, temp.Path).TrimStart('\uFEFF'));
    }

    [Fact]
    public void DryRunDiffsComeBeforeTheDiagnostics()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", "Statement by Minister\n\nTrade is up .\n");
        temp.Write("b.txt", "Statement by Minister\n\nTrade is up .\n");

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--fix", "--dry-run", "--format", "msbuild", "--jobs", "2", ".");

        var lines = result.Stdout.Split('\n');
        var lastDiffLine = Array.FindLastIndex(lines, l => l.StartsWith("+++ ", StringComparison.Ordinal) || l.StartsWith("@@", StringComparison.Ordinal) || l.StartsWith(' ') || l.StartsWith('-') || l.StartsWith('+'));
        var firstDiagnostic = Array.FindIndex(lines, l => l.Contains("): ", StringComparison.Ordinal));
        Assert.StartsWith("--- a.txt\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--- b.txt\n", result.Stdout, StringComparison.Ordinal);
        Assert.True(firstDiagnostic > lastDiffLine, result.Stdout);
    }

    [Fact]
    public void EveryOutputFileIsWrittenWholeAndNoTemporaryFileIsLeft()
    {
        using var temp = FixtureTree.Create();

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "junit", "--output", "out/junit.xml", "--format", "sarif", "--output", "out/report.sarif", "--format", "json", "--output", "out/report.json");
        var stdoutOnly = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["junit.xml", "report.json", "report.sarif"], Directory.GetFiles(Path.Combine(temp.Path, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(FormatterRunner.Stable(stdoutOnly.Stdout, temp.Path), FormatterRunner.Stable(File.ReadAllText(Path.Combine(temp.Path, "out/report.json")), temp.Path));
        Assert.EndsWith("</testsuites>\n", File.ReadAllText(Path.Combine(temp.Path, "out/junit.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void MoreFilesThanTheReorderWindowComeOutInPathOrderForAnyJobs()
    {
        using var temp = new TempDirectory();
        var count = OrderedWork.DefaultWindow * 2 + 17;
        for (var i = 0; i < count; i++)
        {
            // Every seventh file has a diagnostic and a longer text, so neighbours take different times.
            var text = i % 7 == 0 ? "Statement by Minister\n\n" + string.Concat(Enumerable.Repeat("Trade is up. ", 200)) + "\n" : FixtureTree.Dated;
            temp.Write($"d{i % 10}/{count - i:D4}.txt", text);
        }

        var sequential = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--no-cache", "--format", "json", "--jobs", "1");
        var parallel = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--no-cache", "--format", "json", "--jobs", "3");

        var stable = FormatterRunner.Stable(sequential.Stdout, temp.Path);
        Assert.Equal(stable, FormatterRunner.Stable(parallel.Stdout, temp.Path));
        using var json = JsonDocument.Parse(sequential.Stdout);
        var paths = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();
        Assert.Equal(count, paths.Count);
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }
}
