using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>Hovers on diagnostics and claims, the outline of header, turns and claims, and navigation from a claim to its answer and from a source to its claims, on the canonical example.</summary>
public sealed class ClaimMapTests : IAsyncLifetime
{
    private readonly string _text = File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt"));
    private LspClient? _client;
    private string _uri = "";
    private Linter.Cli.LanguageServer.Protocol.Diagnostic[] _diagnostics = [];

    private LspClient Client => _client!;

    public async Task InitializeAsync()
    {
        _client = LspClient.Start(RepositoryPaths.Root);
        await _client.InitializeAsync(RepositoryPaths.Root);
        _uri = await _client.OpenAsync(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt"), _text);
        _diagnostics = (await _client.DiagnosticsAsync(_uri, version: 1)).Diagnostics;
    }

    public async Task DisposeAsync() => await Client.DisposeAsync();

    [Fact]
    public async Task AHoverOnADiagnosticShowsItsRule()
    {
        var trailing = _diagnostics.First(d => d.Code == "SL4004");

        var hover = await HoverAsync(trailing.Range.Start);

        Assert.Contains("**SL4004** `trailing-whitespace`", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Whitespace at the end of a line", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains($"[rule page]({trailing.CodeDescription!.Href})", hover.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHoverOnAClaimSourceShowsWhoSaidWhatAndWhereItIsAnswered()
    {
        var hover = await HoverAsync(Find("The Declaration stresses"));

        Assert.Contains("**Claim** by **The Declaration**", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("- cue: stresses", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("- content: “", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("- reported by: Zhao Lijian", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("- answered on line ", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Equal("The Declaration stresses", Edits.Covered(_text, hover.Range!)[.."The Declaration stresses".Length]);
    }

    [Fact]
    public async Task TheOutlineHasTheHeaderTheTurnsBySpeakerAndTheirClaims()
    {
        var outline = await Client.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new { textDocument = new { uri = _uri } });

        Assert.Equal(["Header", "Xinhua News Agency", "Zhao Lijian"], outline.Select(s => s.Name));
        var answer = outline[2];
        Assert.Equal(SymbolKind.Class, answer.Kind);
        Assert.NotEmpty(answer.Children!);
        Assert.All(answer.Children!, c => Assert.Equal(SymbolKind.Event, c.Kind));
        Assert.Contains(answer.Children!, c => c.Name == "The Declaration stresses");
        Assert.StartsWith("Zhao Lijian", Edits.Covered(_text, answer.SelectionRange), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefinitionOnAClaimGoesToItsAnswer()
    {
        var locations = await Client.RequestAsync<Location[]>("textDocument/definition", new { textDocument = new { uri = _uri }, position = Find("The Declaration stresses") });

        var answer = Assert.Single(locations);
        Assert.Equal(_uri, answer.Uri);
        Assert.StartsWith("However,", Edits.Covered(_text, answer.Range), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferencesOnASourceListEveryClaimOfThatSource()
    {
        var locations = await Client.RequestAsync<Location[]>("textDocument/references", new { textDocument = new { uri = _uri }, position = Find("The Declaration stresses"), context = new { includeDeclaration = true } });

        Assert.True(locations.Length >= 3, $"{locations.Length} claims of the Declaration");
        Assert.All(locations, l => Assert.Contains("Declaration", Edits.Covered(_text, l.Range), StringComparison.Ordinal));
    }

    private async Task<Hover> HoverAsync(Position position) =>
        await Client.RequestAsync<Hover>("textDocument/hover", new { textDocument = new { uri = _uri }, position });

    private Position Find(string text)
    {
        var lines = _text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new Position { Line = i, Character = at };
            }
        }

        throw new InvalidOperationException($"'{text}' is not in the sample");
    }
}
