using System.Text.Json;
using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>Quick fixes labelled safe or unsafe, fix-all (safe only), disable-next-line in Markdown, documentation; answered from known diagnostics.</summary>
public sealed class CodeActionTests : IDisposable
{
    private const string Markdown = "# Remarks by the Spokesperson (2022-04-29)\n\nZhao Lijian: Trade is up.   \n\nWe said so  .\n";

    private readonly TempDirectory _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task EachFixableDiagnosticHasAQuickFixLabelledSafeOrUnsafe()
    {
        await using var client = LspClient.Start(RepositoryPaths.Root);
        await client.InitializeAsync(RepositoryPaths.Root);
        var path = RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt");
        var text = File.ReadAllText(path);
        var uri = await client.OpenAsync(path, text);
        var diagnostics = (await client.DiagnosticsAsync(uri, version: 1)).Diagnostics;

        var actions = await ActionsAsync(client, uri, diagnostics);

        var boilerplate = diagnostics.First(d => d.Code == "SL4002");
        var unsafeFix = Assert.Single(actions, a => a.Diagnostics?.FirstOrDefault()?.Range == boilerplate.Range && a.Edit is not null);
        Assert.EndsWith("(unsafe fix, SL4002)", unsafeFix.Title);
        Assert.False(unsafeFix.IsPreferred);
        var trailing = diagnostics.First(d => d.Code == "SL4004");
        var safeFix = Assert.Single(actions, a => a.Diagnostics?.FirstOrDefault()?.Range == trailing.Range && a.Edit is not null);
        Assert.EndsWith("(safe fix, SL4004)", safeFix.Title);
        Assert.True(safeFix.IsPreferred);
        Assert.Equal(CodeActionKind.QuickFix, safeFix.Kind);
        var fixedLine = Edits.Apply(text, safeFix.Edit!.Changes[uri]).Split('\n')[trailing.Range.Start.Line];
        Assert.Equal(fixedLine.TrimEnd(' ', '\u2002', '\r'), fixedLine.TrimEnd('\r'));

        // Plain text has no comments: no disable action there.
        Assert.DoesNotContain(actions, a => a.Title.StartsWith("Disable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FixAllAppliesSafeFixesOnly()
    {
        await using var client = LspClient.Start(RepositoryPaths.Root);
        await client.InitializeAsync(RepositoryPaths.Root);
        var path = RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt");
        var text = File.ReadAllText(path);
        var uri = await client.OpenAsync(path, text);
        var diagnostics = (await client.DiagnosticsAsync(uri, version: 1)).Diagnostics;

        var fixAll = Assert.Single(await ActionsAsync(client, uri, diagnostics, only: ["source.fixAll"]));
        var fixedText = Edits.Apply(text, fixAll.Edit!.Changes[uri]);
        await client.ReplaceAsync(uri, 2, fixedText);
        var after = (await client.DiagnosticsAsync(uri, version: 2)).Diagnostics;

        Assert.Equal(CodeActionKind.SourceFixAllStmtlint, fixAll.Kind);
        Assert.DoesNotContain(after, d => Fix(d)?.Applicability == "safe");
        Assert.Equal(diagnostics.Count(d => d.Code == "SL4002"), after.Count(d => d.Code == "SL4002"));
    }

    [Fact]
    public async Task MarkdownOffersADisableNextLineComment()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.md"), Markdown, languageId: "markdown");
        var diagnostics = (await client.DiagnosticsAsync(uri, version: 1)).Diagnostics;
        var trailing = diagnostics.Single(d => d.Code == "SL4004");

        var disable = Assert.Single(await ActionsAsync(client, uri, [trailing]), a => a.Title == "Disable SL4004 for this line");
        var disabled = Edits.Apply(Markdown, disable.Edit!.Changes[uri]);
        await client.ReplaceAsync(uri, 2, disabled);
        var after = (await client.DiagnosticsAsync(uri, version: 2)).Diagnostics;

        Assert.Contains("\n<!-- stmtlint-disable-next-line SL4004 -->\nZhao Lijian: Trade is up.   \n", disabled, StringComparison.Ordinal);
        Assert.DoesNotContain(after, d => d.Code == "SL4004");
    }

    [Fact]
    public async Task ShowDocumentationAsksTheClientToShowTheRulePage()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path, capabilities: new { window = new { showDocument = new { support = true } } });
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.md"), Markdown, languageId: "markdown");
        var trailing = (await client.DiagnosticsAsync(uri, version: 1)).Diagnostics.Single(d => d.Code == "SL4004");
        var documentation = Assert.Single(await ActionsAsync(client, uri, [trailing]), a => a.Title.StartsWith("Show documentation for SL4004", StringComparison.Ordinal));

        var page = await client.RequestAsync<string>("workspace/executeCommand", new { command = documentation.Command!.CommandIdentifier, arguments = documentation.Command.Arguments });

        Assert.StartsWith("# SL4004 trailing-whitespace", page, StringComparison.Ordinal);
        var shown = await LspClient.WaitForAsync(() => client.ServerRequests.Where(r => r.Method == "window/showDocument").Select(r => r.Parameters.GetProperty("uri").GetString()).FirstOrDefault());
        Assert.Equal(trailing.CodeDescription?.Href, shown);
    }

    [Fact]
    public async Task CodeActionsForAKnownVersionDoNotLintAgain()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.md"), Markdown, languageId: "markdown");
        var diagnostics = (await client.DiagnosticsAsync(uri, version: 1)).Diagnostics;

        for (var i = 0; i < 5; i++)
        {
            await ActionsAsync(client, uri, diagnostics);
            await ActionsAsync(client, uri, diagnostics, only: ["source.fixAll.stmtlint"]);
        }

        Assert.Single(client.Logs, l => l.Message.StartsWith($"linted {uri} version 1:", StringComparison.Ordinal));
    }

    private static async Task<CodeAction[]> ActionsAsync(LspClient client, string uri, Linter.Cli.LanguageServer.Protocol.Diagnostic[] diagnostics, string[]? only = null)
    {
        var end = new Position { Line = 10_000, Character = 0 };
        return await client.RequestAsync<CodeAction[]>("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = diagnostics.Length == 1 ? diagnostics[0].Range : new Linter.Cli.LanguageServer.Protocol.Range { Start = new Position { Line = 0, Character = 0 }, End = end },
            context = new { diagnostics, only },
        });
    }

    private static Linter.Cli.LanguageServer.FixData? Fix(Linter.Cli.LanguageServer.Protocol.Diagnostic diagnostic) =>
        diagnostic.Data?.Deserialize<Linter.Cli.LanguageServer.DiagnosticData>(LspClient.Json)?.Fix;
}
