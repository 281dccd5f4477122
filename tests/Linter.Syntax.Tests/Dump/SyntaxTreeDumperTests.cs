using System.Text.Json;
using Linter.Syntax.Dump;
using Linter.Syntax.Green;
using static Linter.Syntax.Tests.Dump.TestTrees;

namespace Linter.Syntax.Tests.Dump;

public sealed class SyntaxTreeDumperTests
{
    // "Hello world\n" as Document > Body > Paragraph > Sentence > two words, then the end-of-file token.
    private static SyntaxTree HelloWorld() => Create(
        "Hello world\n",
        Node(
            SyntaxKind.Document,
            Node(
                SyntaxKind.Body,
                Node(
                    SyntaxKind.Paragraph,
                    Node(
                        SyntaxKind.Sentence,
                        Token(SyntaxKind.WordToken, 5, trailing: [Trivia(SyntaxKind.WhitespaceTrivia, 1)]),
                        Token(SyntaxKind.WordToken, 5, trailing: [Trivia(SyntaxKind.EndOfLineTrivia, 1)])))),
            Token(SyntaxKind.EndOfFileToken, 0)));

    [Fact]
    public void WritesOneLinePerNodeAndTokenWithSpansAndPositions()
    {
        var dump = SyntaxTreeDumper.Dump(HelloWorld().Root);

        Assert.Equal(
            """
            Document [0..12) 1:1
              Body [0..11) 1:1
                Paragraph [0..11) 1:1
                  Sentence [0..11) 1:1
                    WordToken [0..5) 1:1 "Hello"
                    WordToken [6..11) 1:7 "world"
              EndOfFileToken [12..12) 2:1 ""

            """.ReplaceLineEndings("\n"),
            dump);
    }

    [Fact]
    public void WritesTriviaUnderItsTokenWhenAsked()
    {
        var dump = SyntaxTreeDumper.Dump(HelloWorld().Root, includeTrivia: true);

        Assert.Contains(
            """
                    WordToken [0..5) 1:1 "Hello"
                      WhitespaceTrivia [5..6) 1:6 " "
                    WordToken [6..11) 1:7 "world"
                      EndOfLineTrivia [11..12) 1:12 "\n"
            """.ReplaceLineEndings("\n"),
            dump,
            StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesTriviaOutByDefault()
    {
        Assert.DoesNotContain("Trivia", SyntaxTreeDumper.Dump(HelloWorld().Root), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"no\"", "\"say \\\"no\\\"\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("line\r\n", "\"line\\r\\n\"")]
    [InlineData("end\u2002", "\"end\\u2002\"")]
    [InlineData("no\u00A0break", "\"no\\u00A0break\"")]
    [InlineData("nul\0", "\"nul\\u0000\"")]
    [InlineData("简体中文 one’s", "\"简体中文 one’s\"")]
    [InlineData("emoji 😀", "\"emoji 😀\"")]
    public void QuotesTextAsJsonAndMakesInvisibleCharactersVisible(string text, string expected)
    {
        var quoted = SyntaxTreeDumper.Quote(text);

        Assert.Equal(expected, quoted);
        Assert.Equal(text, JsonSerializer.Deserialize<string>(quoted));
    }

    [Fact]
    public void EscapesALoneSurrogate()
    {
        // Kept out of the theory above: test data with a lone surrogate does not survive serialisation.
        Assert.Equal("\"lone \\uD800\"", SyntaxTreeDumper.Quote("lone \uD800"));
    }

    [Fact]
    public void WritesNestedJsonWithSpansPositionsTextAndTrivia()
    {
        var json = SyntaxTreeDumper.DumpJson(HelloWorld().Root);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("Document", root.GetProperty("kind").GetString());
        Assert.Equal(0, root.GetProperty("span").GetProperty("start").GetInt32());
        // The document's span runs to its zero-width end-of-file token, after the final line break.
        Assert.Equal(12, root.GetProperty("span").GetProperty("end").GetInt32());
        Assert.Equal(12, root.GetProperty("fullSpan").GetProperty("end").GetInt32());
        Assert.False(root.TryGetProperty("text", out _));

        var sentence = root.GetProperty("children")[0].GetProperty("children")[0].GetProperty("children")[0];
        var world = sentence.GetProperty("children")[1];
        Assert.Equal("WordToken", world.GetProperty("kind").GetString());
        Assert.Equal("world", world.GetProperty("text").GetString());
        Assert.Equal(1, world.GetProperty("line").GetInt32());
        Assert.Equal(7, world.GetProperty("column").GetInt32());
        Assert.Equal(0, world.GetProperty("leadingTrivia").GetArrayLength());
        var newline = world.GetProperty("trailingTrivia")[0];
        Assert.Equal("EndOfLineTrivia", newline.GetProperty("kind").GetString());
        Assert.Equal("\n", newline.GetProperty("text").GetString());
        Assert.Equal(11, newline.GetProperty("span").GetProperty("start").GetInt32());
    }

    [Fact]
    public void DumpsTheWholeInputOfAParsedDocument()
    {
        var tree = SyntaxTree.Parse("Print\n", "x.txt");

        var dump = SyntaxTreeDumper.Dump(tree.Root, includeTrivia: true);

        Assert.StartsWith("Document [", dump, StringComparison.Ordinal);
        Assert.Contains("EndOfFileToken", dump, StringComparison.Ordinal);
        Assert.Contains("Print", dump, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void DumpsATenThousandDeepTreeOnASmallStack()
    {
        const int depth = 10_000;
        GreenNode inner = Node(SyntaxKind.Paragraph, Node(SyntaxKind.Sentence, Token(SyntaxKind.WordToken, 1)));
        for (var i = 0; i < depth; i++)
        {
            inner = Node(SyntaxKind.BlockQuote, inner);
        }

        var tree = Create("x", Node(SyntaxKind.Document, Node(SyntaxKind.Body, inner), Token(SyntaxKind.EndOfFileToken, 0)));
        string? text = null;
        string? json = null;
        Exception? failure = null;

        // 256 KB is far less than a recursive walk of 10,000 levels would need, so only an iterative dump passes.
        var thread = new Thread(
            () =>
            {
                try
                {
                    text = SyntaxTreeDumper.Dump(tree.Root, includeTrivia: true);
                    json = SyntaxTreeDumper.DumpJson(tree.Root, indented: false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failure = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(failure);
        Assert.NotNull(text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(depth + 6, lines.Length);
        Assert.Equal(new string(' ', 2 * (depth + 4)) + "WordToken [0..1) 1:1 \"x\"", lines[depth + 4]);

        Assert.NotNull(json);
        Assert.StartsWith("{\"kind\":\"Document\"", json, StringComparison.Ordinal);
        Assert.EndsWith("]}", json, StringComparison.Ordinal);
        Assert.Equal(json.Count(c => c == '{'), json.Count(c => c == '}'));
    }
}
