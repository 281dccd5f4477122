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
    public void SchemaRejectsOutputOfAnotherVersion()
    {
        var schema = s_schema.Value;
        using var output = JsonDocument.Parse("""{"version": 2, "tool": {"name": "stmtlint", "version": "0.1.0"}, "files": [], "summary": {"files": 0, "errors": 0, "warnings": 0, "infos": 0, "fixable": 0, "elapsedMilliseconds": 0}}""");

        Assert.False(schema.Evaluate(output.RootElement).IsValid);
    }
}
