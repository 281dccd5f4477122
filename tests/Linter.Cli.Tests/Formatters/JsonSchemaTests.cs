using System.Text.Json;
using Json.Schema;
using Linter.Cli.Formatters;

namespace Linter.Cli.Tests.Formatters;

/// <summary>The json format's output matches the schema published in docs/schema.</summary>
public sealed class JsonSchemaTests
{
    // The schema has an $id, which JsonSchema.Net registers globally: build it once per test run.
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs/schema/stmtlint-output.schema.json"))));

    [Fact]
    public void JsonOutputOfTheFixtureTreeMatchesThePublishedSchema()
    {
        using var temp = FixtureTree.Create();
        var schema = s_schema.Value;

        var result = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "json");
        using var output = JsonDocument.Parse(result.Stdout);
        var evaluation = schema.Evaluate(output.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(evaluation.IsValid, string.Join("\n", errors));
        Assert.Contains("\"fix\": {", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonOutputOfTheSamplesWithTheirCustomRulesMatchesThePublishedSchema()
    {
        var schema = s_schema.Value;

        // The samples' house rules report HOUSE001…HOUSE100: the schema must take every valid rule ID, not only SL ones.
        var result = FormatterRunner.Run(RepositoryPaths.Root, CliEnvironment.None, "check", "--no-cache", "--format", "json", "samples");
        using var output = JsonDocument.Parse(result.Stdout);
        var evaluation = schema.Evaluate(output.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(evaluation.IsValid, string.Join("\n", errors));
        Assert.Contains("\"id\": \"HOUSE", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SL1001", true)]
    [InlineData("HOUSE001", true)]
    [InlineData("AB123", true)]
    [InlineData("house001", false)]
    [InlineData("SL12", false)]
    public void SchemaTakesTheRuleIdsDescriptorsTake(string id, bool valid)
    {
        var schema = s_schema.Value;
        using var temp = FixtureTree.Create();
        var real = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "json").Stdout;
        var document = System.Text.RegularExpressions.Regex.Replace(real, "\"id\": \"[^\"]*\"", $"\"id\": \"{id}\"");
        using var output = JsonDocument.Parse(document);

        Assert.Equal(valid, schema.Evaluate(output.RootElement).IsValid);
        Assert.Equal(valid, ValidDescriptorId(id));
    }

    private static bool ValidDescriptorId(string id)
    {
        try
        {
            _ = new Linter.Analysis.DiagnosticDescriptor(id, "x", "Title", "message", "Style", Linter.Analysis.Severity.Info);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Fact]
    public void SchemaRejectsOutputOfAnotherVersion()
    {
        var schema = s_schema.Value;
        using var output = JsonDocument.Parse("""{"version": 2, "tool": {"name": "stmtlint", "version": "0.1.0"}, "files": [], "summary": {"files": 0, "errors": 0, "warnings": 0, "infos": 0, "fixable": 0, "fixableSafe": 0, "fixableUnsafe": 0, "elapsedMilliseconds": 0}}""");

        Assert.False(schema.Evaluate(output.RootElement).IsValid);
    }
}
