namespace Linter.Cli.Tests.LanguageServer;

/// <summary>C# custom rules run in the editor only when the client enables them; YAML rules always run.</summary>
public sealed class TrustTests
{
    private static readonly string s_sample = RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt");

    [Fact]
    public async Task WithoutCodeRulesTheCSharpRuleIsSkippedAndSaidOnceAndYamlRulesRun()
    {
        await using var client = LspClient.Start(RepositoryPaths.Root);
        await client.InitializeAsync(RepositoryPaths.Root);

        var uri = await client.OpenAsync(s_sample, File.ReadAllText(s_sample));
        var diagnostics = (await client.DiagnosticsAsync(uri, version: 1)).Diagnostics;
        var other = await client.OpenAsync(RepositoryPaths.Sample("press-briefing.md"), File.ReadAllText(RepositoryPaths.Sample("press-briefing.md")), languageId: "markdown");
        await client.DiagnosticsAsync(other, version: 1);

        Assert.Contains(diagnostics, d => d.Code == "HOUSE001");
        Assert.DoesNotContain(diagnostics, d => d.Code == "HOUSE100");
        Assert.Single(client.Messages, m => m.Message.Contains("LongAnswerParagraphRule.cs", StringComparison.Ordinal) && m.Message.Contains("codeRules", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task WithCodeRulesTheCSharpRuleRuns()
    {
        await using var client = LspClient.Start(RepositoryPaths.Root);
        await client.InitializeAsync(RepositoryPaths.Root, initializationOptions: new { codeRules = true });

        var uri = await client.OpenAsync(s_sample, File.ReadAllText(s_sample));
        var diagnostics = (await client.DiagnosticsAsync(uri, version: 1)).Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == "HOUSE100");
        Assert.Contains(diagnostics, d => d.Code == "HOUSE001");
        Assert.DoesNotContain(client.Messages, m => m.Message.Contains("LongAnswerParagraphRule.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEnvironmentCanRefuseCodeRulesEvenWhenTheClientAsks()
    {
        await using var client = LspClient.Start(RepositoryPaths.Root, environment: new Dictionary<string, string> { ["STMTLINT_NO_CODE_RULES"] = "1" });
        await client.InitializeAsync(RepositoryPaths.Root, initializationOptions: new { codeRules = true });

        var uri = await client.OpenAsync(s_sample, File.ReadAllText(s_sample));

        Assert.DoesNotContain((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics, d => d.Code == "HOUSE100");
    }
}
