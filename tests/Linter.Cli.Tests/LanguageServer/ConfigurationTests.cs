using System.Text.Json;
using Linter.Cli.LanguageServer;
using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>Configuration found as check finds it, reloaded when it changes, its mistakes shown where they are, and "which configuration applied?" answered.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private const string Document = "Remarks by the Spokesperson (2022-04-29)\n\nZhao Lijian: Trade is up.   \n";

    private readonly TempDirectory _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task TheNearestConfigurationDecidesAndAChangeReportedByTheClientIsReloaded()
    {
        var config = _workspace.Write(".stmtlint.yaml", "rules:\n  trailing-whitespace: error\n");
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path, capabilities: new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        Assert.Equal(DiagnosticSeverity.Error, Trailing(await client.DiagnosticsAsync(uri, version: 1)).Severity);
        Assert.NotNull(await LspClient.WaitForAsync(() => client.ServerRequests.Select(r => r.Method).FirstOrDefault(m => m == "client/registerCapability")));
        var before = client.Published.Count;

        File.WriteAllText(config, "rules:\n  trailing-whitespace: warning\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = FileUris.FromPath(config), type = 2 } } });

        Assert.Equal(DiagnosticSeverity.Warning, Trailing(await client.DiagnosticsAsync(uri, version: 1, after: before)).Severity);
    }

    [Fact]
    public async Task WhenTheClientCannotWatchTheServerWatchesConfigurationItself()
    {
        var config = _workspace.Write(".stmtlint.yaml", "rules:\n  trailing-whitespace: error\n");
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        await client.DiagnosticsAsync(uri, version: 1);
        var before = client.Published.Count;

        File.WriteAllText(config, "rules:\n  trailing-whitespace: off\n");

        Assert.DoesNotContain((await client.DiagnosticsAsync(uri, version: 1, after: before)).Diagnostics, d => d.Code == "SL4004");
    }

    [Fact]
    public async Task AConfigurationMistakeIsADiagnosticAtItsPlaceAndAMessageAndTheDocumentIsNotCheckedAsCheckWouldNotCheckIt()
    {
        var config = _workspace.Write(".stmtlint.yaml", "rules:\n  SL4002: warn\n");
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);

        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        var onConfig = await client.DiagnosticsAsync(FileUris.FromPath(config));
        var onDocument = await client.DiagnosticsAsync(uri, version: 1);

        var mistake = Assert.Single(onConfig.Diagnostics);
        Assert.Equal(new Position { Line = 1, Character = 10 }, mistake.Range.Start);
        Assert.Contains("unknown severity 'warn'", mistake.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'warning'?", mistake.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, mistake.Severity);
        var notChecked = Assert.Single(onDocument.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, notChecked.Severity);
        Assert.Contains("not checked: 1 mistake in the configuration or rule files that apply (first in .stmtlint.yaml)", notChecked.Message, StringComparison.Ordinal);
        Assert.Contains(client.Messages, m => m.Type == MessageType.Error && m.Message.Contains("mistake in configuration", StringComparison.Ordinal));

        // Fixed: the configuration file's diagnostics are cleared and the document is checked.
        var before = client.Published.Count;
        File.WriteAllText(config, "rules:\n  SL4002: warning\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = FileUris.FromPath(config), type = 2 } } });
        Assert.Empty((await client.DiagnosticsAsync(FileUris.FromPath(config), after: before)).Diagnostics);
        Assert.Contains((await client.DiagnosticsAsync(uri, version: 1, after: before)).Diagnostics, d => d.Code == "SL4004");
    }

    [Fact]
    public async Task AMistakeInAnotherFoldersConfigurationDoesNotStopThisDocument()
    {
        _workspace.Write("other/.stmtlint.yaml", "rules:\n  SL4002: warn\n");
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);

        var broken = await client.OpenAsync(Path.Combine(_workspace.Path, "other", "remarks.txt"), Document);
        Assert.Contains("not checked", Assert.Single((await client.DiagnosticsAsync(broken, version: 1)).Diagnostics).Message, StringComparison.Ordinal);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);

        Assert.Contains((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics, d => d.Code == "SL4004");
    }

    [Fact]
    public async Task ShowConfigurationSaysWhichConfigurationApplied()
    {
        var config = _workspace.Write(".stmtlint.yaml", "rules:\n  trailing-whitespace: error\n  missing-date: off\n");
        var document = Path.Combine(_workspace.Path, "remarks.txt");
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        await client.OpenAsync(document, Document);

        var report = await client.RequestAsync<ConfigurationReport>("workspace/executeCommand", new { command = "stmtlint.showConfiguration", arguments = new[] { FileUris.FromPath(document) } });

        Assert.Equal([Path.GetFullPath(config)], report.ConfigurationFiles.Select(Path.GetFullPath));
        Assert.Equal("error", Assert.Single(report.Rules, r => r.Id == "SL4004").Severity);
        Assert.DoesNotContain(report.Rules, r => r.Name == "missing-date");
        Assert.Contains(".stmtlint.yaml", report.Text, StringComparison.Ordinal);
        Assert.Contains(client.Messages, m => m.Message.StartsWith("stmtlint configuration for", StringComparison.Ordinal));
    }

    private static Linter.Cli.LanguageServer.Protocol.Diagnostic Trailing(PublishDiagnosticsParams published) =>
        Assert.Single(published.Diagnostics, d => d.Code == "SL4004");
}
