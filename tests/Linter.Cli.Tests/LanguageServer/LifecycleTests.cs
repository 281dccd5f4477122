using System.Diagnostics;
using System.Text.Json;
using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary><c>initialize</c>, <c>shutdown</c> and <c>exit</c> by the book, and the parent process watch.</summary>
public sealed class LifecycleTests : IDisposable
{
    private readonly TempDirectory _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task InitializeAnnouncesWhatTheServerDoes()
    {
        await using var client = LspClient.Start(_workspace.Path);
        var result = await client.InitializeAsync(_workspace.Path);

        var capabilities = result.Capabilities;
        Assert.Equal("stmtlint", result.ServerInfo?.Name);
        Assert.Equal(PositionEncodingKind.Utf16, capabilities.PositionEncoding);
        Assert.Equal(TextDocumentSyncKind.Incremental, capabilities.TextDocumentSync?.Change);
        Assert.True(capabilities.TextDocumentSync?.OpenClose);
        Assert.NotNull(capabilities.TextDocumentSync?.Save);
        Assert.Null(capabilities.DiagnosticProvider);
        Assert.Equal([CodeActionKind.QuickFix, CodeActionKind.SourceFixAllStmtlint], capabilities.CodeActionProvider?.CodeActionKinds ?? []);
        Assert.True(capabilities.HoverProvider);
        Assert.True(capabilities.DocumentSymbolProvider);
        Assert.True(capabilities.DefinitionProvider);
        Assert.True(capabilities.ReferencesProvider);
        Assert.Contains("stmtlint.showConfiguration", capabilities.ExecuteCommandProvider!.Commands);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ARequestBeforeInitializeIsRefused()
    {
        await using var client = LspClient.Start(_workspace.Path);

        var error = await LspClient.ErrorCodeAsync(() => client.RequestAsync<JsonElement>("textDocument/hover", new { textDocument = new { uri = "file:///x.md" }, position = new { line = 0, character = 0 } }));

        Assert.Equal(ErrorCodes.ServerNotInitialized, error);
        await client.InitializeAsync(_workspace.Path);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ARequestAfterShutdownIsInvalidAndExitThenEndsWithZero()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        await client.RequestAsync<JsonElement>("shutdown");

        var error = await LspClient.ErrorCodeAsync(() => client.RequestAsync<JsonElement>("textDocument/documentSymbol", new { textDocument = new { uri = "file:///x.md" } }));

        Assert.Equal(ErrorCodes.InvalidRequest, error);
        await client.NotifyAsync("exit");
        Assert.Equal(0, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task ExitWithoutShutdownEndsWithOne()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);

        await client.NotifyAsync("exit");

        Assert.Equal(1, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task TheServerEndsWhenItsParentProcessDies()
    {
        using var parent = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path, processId: parent.Id);
        await Task.Delay(200);
        Assert.False(client.Process.HasExited);

        parent.Kill();
        await parent.WaitForExitAsync();

        Assert.Equal(1, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task TheServerEndsWhenItsInputCloses()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);

        client.Process.StandardInput.Close();

        Assert.Equal(1, await client.ExitCodeAsync());
    }
}
