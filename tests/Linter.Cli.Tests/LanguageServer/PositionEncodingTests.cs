using System.Text;
using Linter.Cli.LanguageServer;
using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>
/// Positions in the negotiated encoding over text with CJK characters, combining marks and astral
/// characters (emoji): a range covers exactly the flagged text, and an edit lands where the client meant.
/// </summary>
public sealed class PositionEncodingTests : IDisposable
{
    // Before the flagged trailing spaces: CJK (one UTF-16 unit, three UTF-8 bytes), an e with a combining acute (two code points), emoji (two UTF-16 units, four bytes).
    private const string Line = "Zhao Lijian: 中文 e\u0301 \U0001F600\U0001F1E8\U0001F1F3 up.";
    private const string Document = "Remarks (2022-04-29)\n\n" + Line + "   \n";

    private readonly TempDirectory _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData(PositionEncodingKind.Utf8)]
    [InlineData(PositionEncodingKind.Utf16)]
    [InlineData(PositionEncodingKind.Utf32)]
    public async Task ARangeCoversExactlyTheFlaggedTextInEachEncoding(string encoding)
    {
        await using var client = LspClient.Start(_workspace.Path);
        var result = await client.InitializeAsync(_workspace.Path, capabilities: new { general = new { positionEncodings = new[] { encoding } } });
        Assert.Equal(encoding, result.Capabilities.PositionEncoding);

        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        var trailing = Assert.Single((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics, d => d.Code == "SL4004");

        Assert.Equal(2, trailing.Range.Start.Line);
        Assert.Equal(Units(Line, encoding), trailing.Range.Start.Character);
        Assert.Equal(Units(Line + "   ", encoding), trailing.Range.End.Character);
        Assert.Equal("   ", Covered(Document, trailing.Range, encoding));
    }

    [Theory]
    [InlineData(PositionEncodingKind.Utf8)]
    [InlineData(PositionEncodingKind.Utf16)]
    [InlineData(PositionEncodingKind.Utf32)]
    public async Task AnEditLandsWhereTheClientMeantInEachEncoding(string encoding)
    {
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path, capabilities: new { general = new { positionEncodings = new[] { encoding } } });
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "remarks.txt"), Document);
        await client.DiagnosticsAsync(uri, version: 1);

        // Delete the trailing spaces, then put two back after "up.", each by positions in the encoding.
        var end = Units(Line, encoding);
        await client.EditAsync(uri, 2, 2, end, 2, end + 3, "");
        var cleaned = await client.DiagnosticsAsync(uri, version: 2);
        await client.EditAsync(uri, 3, 2, end, 2, end, "  ");
        var again = await client.DiagnosticsAsync(uri, version: 3);

        Assert.DoesNotContain(cleaned.Diagnostics, d => d.Code == "SL4004");
        var trailing = Assert.Single(again.Diagnostics, d => d.Code == "SL4004");
        Assert.Equal(end, trailing.Range.Start.Character);
        Assert.Equal(end + 2, trailing.Range.End.Character);
    }

    [Fact]
    public void TheServerPrefersTheClientsFirstKnownEncodingAndDefaultsToUtf16()
    {
        Assert.Same(PositionEncoding.Utf8, PositionEncoding.Negotiate(["utf-8", "utf-16"]));
        Assert.Same(PositionEncoding.Utf32, PositionEncoding.Negotiate(["latin-1", "utf-32"]));
        Assert.Same(PositionEncoding.Utf16, PositionEncoding.Negotiate(null));
        Assert.Same(PositionEncoding.Utf16, PositionEncoding.Negotiate(["latin-1"]));
    }

    [Fact]
    public void OffsetsAndPositionsRoundTripAtEveryCharacterBoundary()
    {
        var text = "a\r\n中文 e\u0301\r\U0001F600x\n\n\U0001F1E8\U0001F1F3 \u00e9";
        var lines = new LineMap(text);
        foreach (var encoding in new[] { PositionEncoding.Utf8, PositionEncoding.Utf16, PositionEncoding.Utf32 })
        {
            for (var offset = 0; offset <= text.Length; offset++)
            {
                if (offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]))
                {
                    continue;
                }

                var position = lines.ToPosition(offset, encoding);
                var lineStart = lines.LineStart(position.Line);
                var expected = Units(text[lineStart..Math.Max(lineStart, offset)], encoding.Kind);
                if (offset < text.Length && text[offset] == '\n' && offset > 0 && text[offset - 1] == '\r')
                {
                    // Between CR and LF: the protocol has no position there; it reads as the line's end.
                    continue;
                }

                Assert.Equal(expected, position.Character);
                Assert.Equal(offset, lines.ToOffset(position, encoding));
            }
        }
    }

    /// <summary>The length of <paramref name="text"/> in the encoding, counted independently of the server.</summary>
    private static int Units(string text, string encoding) => encoding switch
    {
        PositionEncodingKind.Utf8 => Encoding.UTF8.GetByteCount(text),
        PositionEncodingKind.Utf32 => text.EnumerateRunes().Count(),
        _ => text.Length,
    };

    /// <summary>The text a single-line range covers, found by counting units independently of the server.</summary>
    private static string Covered(string document, Linter.Cli.LanguageServer.Protocol.Range range, string encoding)
    {
        var line = document.Split('\n')[range.Start.Line];
        string Prefix(int units)
        {
            var i = 0;
            while (i < line.Length && Units(line[..i], encoding) < units)
            {
                i += char.IsHighSurrogate(line[i]) ? 2 : 1;
            }

            return line[..i];
        }

        return line[Prefix(range.Start.Character).Length..Prefix(range.End.Character).Length];
    }
}
