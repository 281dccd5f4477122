using System.Text.Json;
using Linter.Cli.LanguageServer;
using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>Diagnostics pushed on open, change (debounced, superseded by newer versions) and save, and pulled by clients that pull.</summary>
public sealed class DiagnosticsTests : IDisposable
{
    private const string Document = "Remarks by the Spokesperson (2022-04-29)\n\nZhao Lijian: Trade is up.   \n";

    private readonly TempDirectory _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task OpeningADocumentPublishesItsDiagnostics()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);

        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        var published = await client.DiagnosticsAsync(uri, version: 1);

        var trailing = Assert.Single(published.Diagnostics, d => d.Code == "SL4004");
        Assert.Equal("stmtlint", trailing.Source);
        Assert.Equal(DiagnosticSeverity.Information, trailing.Severity);
        Assert.Equal(new Linter.Cli.LanguageServer.Protocol.Range { Start = new Position { Line = 2, Character = 25 }, End = new Position { Line = 2, Character = 28 } }, trailing.Range);
        Assert.Equal("https://github.com/stmtlint/stmtlint/blob/main/rules/Linter.Rules/Boilerplate/TrailingWhitespaceRule.md", trailing.CodeDescription?.Href);
        var data = trailing.Data!.Value.Deserialize<DiagnosticData>(LspClient.Json)!;
        Assert.Equal(1, data.Version);
        Assert.Equal("safe", data.Fix?.Applicability);
        Assert.Equal(trailing.Range, Assert.Single(data.Fix!.Edits).Range);
    }

    [Fact]
    public async Task AChangeIsLintedAfterTheDebounceAndOnlyTheLatestVersionIsPublished()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        await client.DiagnosticsAsync(uri, version: 1);
        var before = client.Published.Count;

        // Typing: versions 2 to 6 arrive faster than the debounce, so only version 6 is linted.
        for (var version = 2; version <= 6; version++)
        {
            await client.ReplaceAsync(uri, version, Document.Replace("up.   ", "up." + new string(' ', version)));
        }

        var published = await client.DiagnosticsAsync(uri, version: 6, after: before);

        Assert.Equal(31, Assert.Single(published.Diagnostics, d => d.Code == "SL4004").Range.End.Character);
        Assert.DoesNotContain(client.Published.Skip(before), p => p.Uri == uri && p.Version is >= 2 and <= 5);
    }

    [Fact]
    public async Task SavingLintsAgain()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        await client.DiagnosticsAsync(uri, version: 1);
        var before = client.Published.Count;

        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri } });

        await client.DiagnosticsAsync(uri, version: 1, after: before);
    }

    [Fact]
    public async Task ClosingADocumentClearsItsDiagnostics()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        await client.DiagnosticsAsync(uri, version: 1);
        var before = client.Published.Count;

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

        Assert.Empty((await client.DiagnosticsAsync(uri, after: before)).Diagnostics);
    }

    [Fact]
    public async Task AClientThatPullsIsNotPushedToAndGetsFullThenUnchangedReports()
    {
        await using var client = LspClient.Start(_workspace.Path);
        var result = await client.InitializeAsync(_workspace.Path, capabilities: new { textDocument = new { diagnostic = new { dynamicRegistration = false } } });
        Assert.Equal("stmtlint", result.Capabilities.DiagnosticProvider?.Identifier);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);

        var full = await client.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new { textDocument = new { uri } });
        var unchanged = await client.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = full.ResultId });
        await client.ReplaceAsync(uri, 2, Document.Replace("   \n", "\n"));
        var changed = await client.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = full.ResultId });

        Assert.Equal(DocumentDiagnosticReportKind.Full, full.Kind);
        Assert.Contains(full.Items!, d => d.Code == "SL4004");
        Assert.Equal(DocumentDiagnosticReportKind.Unchanged, unchanged.Kind);
        Assert.Equal(DocumentDiagnosticReportKind.Full, changed.Kind);
        Assert.DoesNotContain(changed.Items!, d => d.Code == "SL4004");
        await Task.Delay(500);
        Assert.DoesNotContain(client.Published, p => p.Uri == uri);
    }

    [Fact]
    public async Task HiddenDiagnosticsAreNotSent()
    {
        _workspace.Write(".stmtlint.yaml", "rules:\n  trailing-whitespace: hidden\n");
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);

        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);

        Assert.DoesNotContain((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics, d => d.Code == "SL4004");
    }
}
