using System.Text;
using System.Text.Json;
using Linter.Cli.LanguageServer;
using Linter.Cli.LanguageServer.Protocol;
using Xunit.Abstractions;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>Malformed messages, unknown methods, documents outside the workspace, a rule that throws, a 20 MB document and 10,000 edits: an error or a diagnostic each, never a crash.</summary>
public sealed class FaultTests(ITestOutputHelper output) : IDisposable
{
    private const string Document = "Remarks by the Spokesperson (2022-04-29)\n\nZhao Lijian: Trade is up.   \n";

    private readonly TempDirectory _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void AMessageThatIsNotJsonRpcIsAnsweredAndTheServerGoesOn()
    {
        using var server = new RawLspConnection(_workspace.Path);
        server.Send("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{},"rootUri":""" + "\"" + FileUris.FromPath(_workspace.Path) + "\"}}");
        Assert.True(server.NextResponse().TryGetProperty("result", out _));

        server.Send("""{"jsonrpc": "2.0", "id": 99, "method": """);
        var notJson = server.NextResponse();
        server.Send("""{"jsonrpc": "2.0", "id": 98}""");
        var noMethod = server.NextResponse();
        server.Send("[1, 2, 3]");
        var batch = server.NextResponse();
        server.Send("""{"jsonrpc":"2.0","id":2,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///never/opened.md"}}}""");
        var next = server.NextResponse();

        Assert.Equal(JsonValueKind.Null, notJson.GetProperty("id").ValueKind);
        Assert.Equal(ErrorCodes.ParseError, notJson.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(ErrorCodes.InvalidRequest, noMethod.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(ErrorCodes.InvalidRequest, batch.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(2, next.GetProperty("id").GetInt32());
        Assert.Equal(ErrorCodes.InvalidParams, next.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(0, server.Exit());
    }

    [Fact]
    public void AHeaderThatCannotBeReadIsSkippedAndTheNextMessageIsRead()
    {
        using var server = new RawLspConnection(_workspace.Path);
        server.Send("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{},"rootUri":""" + "\"" + FileUris.FromPath(_workspace.Path) + "\"}}");
        server.NextResponse();

        server.Send("", header: "Content-Lenth 12\r\nnonsense\r\n\r\n");
        var error = server.NextResponse();
        server.Send("""{"jsonrpc":"2.0","id":3,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///never/opened.md"}}}""");
        var next = server.NextResponse();

        Assert.Equal(ErrorCodes.ParseError, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(3, next.GetProperty("id").GetInt32());
        Assert.Equal(0, server.Exit());
    }

    [Fact]
    public async Task UnknownMethodsAndBadParametersAreErrors()
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);

        var unknown = await LspClient.ErrorCodeAsync(() => client.RequestAsync<JsonElement>("textDocument/semanticTokens/full", new { textDocument = new { uri = "file:///x.md" } }));
        var bad = await LspClient.ErrorCodeAsync(() => client.RequestAsync<JsonElement>("textDocument/hover", new { position = 3 }));
        var closed = await LspClient.ErrorCodeAsync(() => client.RequestAsync<JsonElement>("textDocument/hover", new { textDocument = new { uri = "file:///never/opened.md" }, position = new { line = 0, character = 0 } }));
        await client.NotifyAsync("$/unknownNotification", new { });
        await client.NotifyAsync("textDocument/didOpen", new { nonsense = true });

        Assert.Equal(ErrorCodes.MethodNotFound, unknown);
        Assert.Equal(ErrorCodes.InvalidParams, bad);
        Assert.Equal(ErrorCodes.InvalidParams, closed);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ADocumentOutsideTheWorkspaceIsNotCheckedAndSaysSo()
    {
        using var elsewhere = new TempDirectory();
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);

        var outside = await client.OpenAsync(Path.Combine(elsewhere.Path, "remarks.txt"), Document);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = "untitled:Untitled-1", languageId = "markdown", version = 1, text = Document } });

        var diagnostic = Assert.Single((await client.DiagnosticsAsync(outside, version: 1)).Diagnostics);
        Assert.Equal(DiagnosticSeverity.Information, diagnostic.Severity);
        Assert.StartsWith("stmtlint: not checked: it is outside the workspace", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("stmtlint: not checked: it is not a file", Assert.Single((await client.DiagnosticsAsync("untitled:Untitled-1", version: 1)).Diagnostics).Message, StringComparison.Ordinal);
        Assert.Null(await client.RequestAsync<Hover?>("textDocument/hover", new { textDocument = new { uri = outside }, position = new { line = 2, character = 3 } }));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task ARuleThatThrowsIsADiagnostic()
    {
        _workspace.Write(".stmtlint.yaml", "root: true\ncustom-rules: [\"rules/*.cs\"]\n");
        _workspace.Write("rules/ThrowingRule.cs", """
            using System.Collections.Immutable;
            using Linter.Analysis;
            using Linter.Syntax;

            public sealed class ThrowingRule : Rule
            {
                private static readonly DiagnosticDescriptor s_descriptor = new(
                    id: "HOUSE900", name: "throws", title: "Throws", messageFormat: "never reported",
                    category: RuleCategory.Custom, defaultSeverity: Severity.Warning);

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_descriptor];

                public override void Initialize(RuleContext context) =>
                    context.RegisterNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.Paragraph);
            }
            """);
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path, initializationOptions: new { codeRules = true });

        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        var diagnostics = (await client.DiagnosticsAsync(uri, version: 1)).Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == "SL9001" && d.Message.Contains("boom", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == "SL4004");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task ATwentyMegabyteDocumentIsCheckedAndTheServerStaysResponsive()
    {
        var paragraph = "Zhao Lijian: The Declaration claims that trade is free. However, the US has imposed tariffs.   \n\n";
        var text = "Remarks by the Spokesperson (2022-04-29)\n\n" + string.Concat(Enumerable.Repeat(paragraph, 20 * 1024 * 1024 / paragraph.Length));
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "big.txt"), text);
        // Linting 20 MB takes tens of seconds on a loaded two-core machine; what is tested is that it ends with diagnostics.
        var published = await client.DiagnosticsAsync(uri, version: 1, timeout: TimeSpan.FromMinutes(3));
        output.WriteLine($"20 MB document: {published.Diagnostics.Length} diagnostics in {clock.Elapsed.TotalSeconds:0.0} s, server RSS {client.ResidentBytes() / (1024 * 1024)} MB");

        Assert.Contains(published.Diagnostics, d => d.Code == "SL4004");
        var symbols = await client.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.NotEmpty(symbols);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task MemoryStaysFlatOverTenThousandEdits()
    {
        var text = File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")).Replace("\u2002", "", StringComparison.Ordinal);
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), text);
        await client.DiagnosticsAsync(uri, version: 1);

        var version = 1;
        var samples = new List<(int Edits, long Bytes)>();
        for (var round = 0; round < 10; round++)
        {
            // A thousand keystrokes, typed and then deleted, with a pause for the debounce every hundred.
            for (var i = 0; i < 1000; i++)
            {
                version++;
                await (i % 2 == 0
                    ? client.EditAsync(uri, version, 8, 0, 8, 0, "x")
                    : client.EditAsync(uri, version, 8, 0, 8, 1, ""));
                if (i % 100 == 99)
                {
                    await client.DiagnosticsAsync(uri, version);
                }
            }

            samples.Add((version - 1, client.ResidentBytes()));
        }

        foreach (var (edits, bytes) in samples)
        {
            output.WriteLine($"after {edits,6} edits: RSS {bytes / (1024.0 * 1024):0.0} MB");
        }

        // The first thousand edits warm the server (JIT, pools); from there on it must not grow with the number of edits.
        var growth = samples[^1].Bytes - samples[0].Bytes;
        output.WriteLine($"growth from 1,000 to 10,000 edits: {growth / (1024.0 * 1024):0.0} MB");
        Assert.True(growth < 32 * 1024 * 1024, $"the server grew by {growth / (1024 * 1024)} MB between 1,000 and 10,000 edits");
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
