using System.Text.Json;
using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>
/// The editor and CI cannot disagree: for every document of <c>samples/</c> and 50 corpus
/// documents, the server's diagnostics equal <c>check --format json</c>'s for the same text and
/// configuration, in order, rule ID, severity, message and range, character for character.
/// </summary>
public sealed class CheckEqualityTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task TheSamplesGetTheDiagnosticsCheckGives() =>
        await AssertSameAsCheckAsync(RepositoryPaths.Root, ["samples"]);

    [Fact]
    [Trait("Category", "Slow")]
    public async Task FiftyCorpusDocumentsGetTheDiagnosticsCheckGives()
    {
        var documents = RepositoryPaths.Documents(RepositoryPaths.Corpus);
        var step = Math.Max(1, documents.Count / 50);
        var chosen = documents.Where((_, i) => i % step == 0).Take(50).Select(RepositoryPaths.RelativeToCorpus).ToArray();
        Assert.Equal(50, chosen.Length);

        await AssertSameAsCheckAsync(RepositoryPaths.Corpus, chosen);
    }

    private static async Task AssertSameAsCheckAsync(string root, string[] paths)
    {
        var check = CliRunner.Run(root, ["check", "--format", "json", "--no-cache", .. paths]);
        Assert.True(check.ExitCode is 0 or 1, check.Stderr);
        using var json = JsonDocument.Parse(check.Stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.NotEmpty(files);

        // C# rules run in check, so the editor is told to run them too.
        await using var client = LspClient.Start(root);
        await client.InitializeAsync(root, initializationOptions: new { codeRules = true });
        var compared = 0;
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.GetProperty("path").GetString()!);
            var uri = await client.OpenAsync(path, File.ReadAllText(path));
            var published = (await client.DiagnosticsAsync(uri, version: 1)).Diagnostics;
            var expected = file.GetProperty("diagnostics").EnumerateArray().ToList();

            Assert.True(expected.Count == published.Length, $"{path}: check found {expected.Count} diagnostics, the server {published.Length}:\n{string.Join('\n', published.Select(d => $"{d.Code} {d.Range.Start.Line + 1}:{d.Range.Start.Character + 1} {d.Message}"))}");
            for (var i = 0; i < expected.Count; i++)
            {
                var want = expected[i];
                var got = published[i];
                var where = $"{path}, diagnostic {i} ({want.GetProperty("id").GetString()})";
                Assert.True(want.GetProperty("id").GetString() == got.Code, where);
                Assert.True(want.GetProperty("message").GetString() == got.Message, $"{where}: '{got.Message}'");
                Assert.True(Severity(want.GetProperty("severity").GetString()) == got.Severity, where);
                Assert.True(Position(want.GetProperty("start")) == (got.Range.Start.Line, got.Range.Start.Character), $"{where}: starts at {got.Range.Start.Line}:{got.Range.Start.Character}");
                Assert.True(Position(want.GetProperty("end")) == (got.Range.End.Line, got.Range.End.Character), $"{where}: ends at {got.Range.End.Line}:{got.Range.End.Character}");
                compared++;
            }

            await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        }

        Assert.True(compared > 0, "no diagnostic was compared");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    private static (int Line, int Character) Position(JsonElement position) =>
        (position.GetProperty("line").GetInt32() - 1, position.GetProperty("column").GetInt32() - 1);

    private static DiagnosticSeverity Severity(string? name) => name switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Information,
    };
}
