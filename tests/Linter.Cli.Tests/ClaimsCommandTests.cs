using System.Text.Json;
using Json.Schema;

namespace Linter.Cli.Tests;

/// <summary><c>stmtlint claims</c>: the claim map in text and JSON, the JSON checked against its published schema.</summary>
public sealed class ClaimsCommandTests
{
    // The schema has an $id, which JsonSchema.Net registers globally: build it once per test run.
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs/schema/stmtlint-claims.schema.json"))));

    [Fact]
    public void TheCanonicalExampleHasSixClaimsOfTheDeclarationEachAnswered()
    {
        var result = CliRunner.Run(RepositoryPaths.Root, "claims", "samples/spokesperson-remarks-2022-04-29.txt");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.All(lines, line => Assert.Matches(@"^samples/spokesperson-remarks-2022-04-29\.txt:\d+:1  The Declaration — \w+ — "".+""  → answered at \d+:\d+$", line));
        Assert.StartsWith("samples/spokesperson-remarks-2022-04-29.txt:11:1  The Declaration — underscores — \"the reliance on a global and interoperable Internet\"", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void JsonOfTheSamplesMatchesThePublishedSchema()
    {
        var result = CliRunner.Run(RepositoryPaths.Root, "claims", "samples", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        AssertValid(result.Stdout);
        using var output = JsonDocument.Parse(result.Stdout);
        var claims = output.RootElement.GetProperty("claims");
        Assert.Equal(9, claims.GetArrayLength());
        var first = claims.EnumerateArray().First(c => c.GetProperty("path").GetString() == "samples/spokesperson-remarks-2022-04-29.txt");
        Assert.Equal("The Declaration", first.GetProperty("source").GetProperty("text").GetString());
        Assert.Equal("Zhao Lijian", first.GetProperty("speaker").GetString());
        Assert.Equal("other", first.GetProperty("side").GetString());
        Assert.True(first.GetProperty("contested").GetBoolean());
        Assert.Equal(11, first.GetProperty("answer").GetProperty("line").GetInt32());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void JsonOfTheCorpusMatchesThePublishedSchema()
    {
        var result = CliRunner.Run(RepositoryPaths.Corpus, "claims", "fmprc-en-presscon", "wh-briefings/press-briefings", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        AssertValid(result.Stdout);
        using var output = JsonDocument.Parse(result.Stdout);
        var claims = output.RootElement.GetProperty("claims");
        Assert.True(claims.GetArrayLength() > 5000, $"expected thousands of claims in 561 transcripts, found {claims.GetArrayLength()}");
        Assert.Contains(claims.EnumerateArray(), c => c.GetProperty("inQuestion").GetBoolean() && c.GetProperty("answer").ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public void ShowsOwnSideAndUnansweredClaims()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, ".stmtlint.yaml"), "own-side: [Chinese]\n");
        File.WriteAllText(Path.Combine(temp.Path, "remarks.txt"), """
            Remarks (2022-4-29)

            Zhao Lijian: The Chinese side said that talks went well. Pompeo said that China is a threat.

            Trade grew.
            """);

        var result = CliRunner.Run(temp.Path, "claims", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            remarks.txt:3:14  The Chinese side — said — "talks went well"  → unanswered (own side)
            remarks.txt:3:58  Pompeo — said — "China is a threat"  → unanswered

            """.ReplaceLineEndings("\n"),
            result.Stdout);
    }

    [Fact]
    public void AnUnknownFormatIsAUsageError()
    {
        var result = CliRunner.Run(RepositoryPaths.Root, "claims", "samples", "--format", "yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown format 'yaml'", result.Stderr, StringComparison.Ordinal);
    }

    private static void AssertValid(string json)
    {
        using var output = JsonDocument.Parse(json);
        var evaluation = s_schema.Value.Evaluate(output.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(evaluation.IsValid, string.Join("\n", errors.Take(20)));
    }
}
