using System.Globalization;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Tests.Text;

/// <summary>
/// <see cref="StringSourceText"/> against Roslyn's own string text (<see cref="SourceText.From(string, Encoding?, SourceHashAlgorithm)"/>):
/// the same lines, positions and line positions for every input, and the same text through every reading method.
/// </summary>
public sealed class StringSourceTextTests
{
    /// <summary>
    /// Strings made mostly of line breaks of every kind, so that CR LF pairs, lone CRs and LF CR orders
    /// all occur, at every offset in a block of sixteen, among characters that share a break's low byte.
    /// </summary>
    private static readonly Gen<string> s_breakHeavy = Gen.Frequency(
            (4, Gen.OneOfConst("\r", "\n", "\r\n")),
            (2, Gen.OneOfConst("\u0085", "\u2028", "\u2029")),
            (2, Gen.OneOfConst("(", ")", "\u010A", "\u200A", "\u010D", "\u200D", "\u2085", "\u0129", "\u0D0A", "\u0A0D")),
            (1, Gen.OneOfConst("\u000B", "\u000C", "\0", "\uFEFF", "\uD800", "é", "  ")),
            (4, Gen.Char.Select(c => c.ToString())),
            (3, Gen.Char.AlphaNumeric.Select(c => c.ToString())),
            (2, Gen.Char.AlphaNumeric.Array[1, 40].Select(c => new string(c))))
        .Array[0, 60]
        .Select(string.Concat);

    [Fact]
    public void BreakHeavyStringsHaveRoslynsLines() =>
        s_breakHeavy.Sample(AssertSameLines, iter: PropertyRuns.Iterations(3000), print: PrintedText.Escape);

    [Fact]
    public void StatementLikeDocumentsHaveRoslynsLines() =>
        DocumentGenerators.StatementLike().Sample(AssertSameLines, iter: PropertyRuns.Iterations(300), print: PrintedText.Escape);

    [Fact]
    public void LineEndingMixesHaveRoslynsLines() =>
        DocumentGenerators.LineEndingMixes.Sample(AssertSameLines, iter: PropertyRuns.Iterations(500), print: PrintedText.Escape);

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\n\r")]
    [InlineData("\r\r\n")]
    [InlineData("\r\n\n")]
    [InlineData("a\r")]
    [InlineData("a\r\n")]
    [InlineData("a\nb")]
    [InlineData("\u0085\u2028\u2029")]
    [InlineData("a\u2029")]
    [InlineData("\u000B\u000C")]
    public void EdgeCasesHaveRoslynsLines(string text) => AssertSameLines(text);

    [Fact]
    public void LongTextsGrowTheLineTable()
    {
        var text = string.Concat(Enumerable.Repeat("x\n\r\n\u2028", 500));
        AssertSameLines(text);
        Assert.Equal(1501, new StringSourceText(text).Lines.Count);
    }

    [Fact]
    public void PositionsOutsideTheTextAreRejectedAsRoslynRejectsThem()
    {
        foreach (var text in new[] { string.Empty, "ab\ncd" })
        {
            var lines = new StringSourceText(text).Lines;
            var expected = SourceText.From(text).Lines;
            Assert.Throws<ArgumentOutOfRangeException>(() => expected.IndexOf(-1));
            Assert.Throws<ArgumentOutOfRangeException>(() => lines.IndexOf(-1));
            Assert.Throws<ArgumentOutOfRangeException>(() => lines.IndexOf(text.Length + 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => lines.GetLinePosition(text.Length + 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => lines[-1]);
            Assert.Throws<ArgumentOutOfRangeException>(() => lines[lines.Count]);
        }
    }

    [Fact]
    public void ToStringGivesTheStringAndEverySpanOfIt()
    {
        const string source = "Q: Why?\r\nA: “Because.”\u2028\n";
        var text = new StringSourceText(source);
        Assert.Same(source, text.ToString());
        Assert.Same(source, text.ToString(new TextSpan(0, source.Length)));
        for (var start = 0; start <= source.Length; start++)
        {
            for (var end = start; end <= source.Length; end++)
            {
                Assert.Equal(source[start..end], text.ToString(TextSpan.FromBounds(start, end)));
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => text.ToString(new TextSpan(1, source.Length)));
    }

    [Fact]
    public void CopyToAndTheIndexerReadTheString()
    {
        const string source = "abc\r\ndéf\u0085";
        var text = new StringSourceText(source);
        Assert.Equal(source.Length, text.Length);
        Assert.Equal(source, string.Concat(Enumerable.Range(0, text.Length).Select(i => text[i])));

        var destination = new char[8];
        text.CopyTo(2, destination, 1, 5);
        Assert.Equal($"\0{source[2..7]}\0\0", new string(destination));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(5, destination, 0, source.Length));
    }

    [Fact]
    public void WriteWritesTheWholeTextOrASpan()
    {
        const string source = "one\ntwo\r\nthree";
        var text = new StringSourceText(source);

        var whole = new StringWriter(CultureInfo.InvariantCulture);
        text.Write(whole);
        Assert.Equal(source, whole.ToString());

        var part = new StringWriter(CultureInfo.InvariantCulture);
        text.Write(part, TextSpan.FromBounds(2, 9));
        Assert.Equal(source[2..9], part.ToString());

        var empty = new StringWriter(CultureInfo.InvariantCulture);
        text.Write(empty, new TextSpan(4, 0));
        Assert.Equal(string.Empty, empty.ToString());

        Assert.Throws<ArgumentOutOfRangeException>(() => text.Write(new StringWriter(CultureInfo.InvariantCulture), new TextSpan(10, source.Length)));
    }

    [Fact]
    public void EncodingChecksumAndContentAreRoslyns()
    {
        const string source = "Zhao Lijian: “Yes.”\n";
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var text = new StringSourceText(source, encoding);
        var roslyn = SourceText.From(source, encoding);

        Assert.Same(encoding, text.Encoding);
        Assert.Null(new StringSourceText(source).Encoding);
        Assert.Equal(roslyn.ChecksumAlgorithm, text.ChecksumAlgorithm);
        Assert.Equal(roslyn.GetChecksum().ToArray(), text.GetChecksum().ToArray());
        Assert.True(text.ContentEquals(roslyn));
        Assert.True(roslyn.ContentEquals(text));
    }

    [Fact]
    public void ChangesKeepTheEncodingAndGiveTheChangedLines()
    {
        var encoding = Encoding.Unicode;
        var text = new StringSourceText("one\ntwo\nthree\n", encoding);
        _ = text.Lines;

        var changed = text.WithChanges(new TextChange(new TextSpan(4, 3), "2\r\n2"), new TextChange(new TextSpan(13, 1), string.Empty));

        Assert.Equal("one\n2\r\n2\nthree", changed.ToString());
        Assert.Same(encoding, changed.Encoding);
        Assert.Equal(
            SourceText.From(changed.ToString()).Lines.Select(l => l.SpanIncludingLineBreak),
            changed.Lines.Select(l => l.SpanIncludingLineBreak));
        Assert.Equal("three", text.GetSubText(TextSpan.FromBounds(8, 13)).ToString());
    }

    [Fact]
    public void DecodedAndParsedTextsUseIt()
    {
        Assert.IsType<StringSourceText>(SyntaxTree.Parse("Q: Why?\n").Text);
        Assert.IsType<StringSourceText>(SyntaxTree.Parse("Q: Why?\n"u8.ToArray(), "x.txt").Text);
        Assert.IsType<StringSourceText>(DocumentDecoder.Decode([0xFF, 0xFE, (byte)'Q', 0]).Text);
        Assert.IsType<StringSourceText>(DocumentDecoder.Decode([(byte)'Q', 0xFF]).Text);
    }

    private static void AssertSameLines(string source)
    {
        var expected = SourceText.From(source).Lines;
        var text = new StringSourceText(source);
        var actual = text.Lines;

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertSameLine(expected[i], actual[i], text);
        }

        Assert.Equal(expected.Select(l => l.SpanIncludingLineBreak), actual.Select(l => l.SpanIncludingLineBreak));

        // Ascending, descending and scattered orders, since the table remembers the line it found last.
        var length = source.Length;
        var ascending = Enumerable.Range(0, length + 1).ToArray();
        foreach (var order in new[] { ascending, ascending.Reverse().ToArray(), ascending.Select(p => (int)((p * 7919L) % (length + 1))).ToArray() })
        {
            foreach (var position in order)
            {
                Assert.Equal(expected.IndexOf(position), actual.IndexOf(position));
                Assert.Equal(expected.GetLinePosition(position), actual.GetLinePosition(position));
                AssertSameLine(expected.GetLineFromPosition(position), actual.GetLineFromPosition(position), text);
            }
        }

        foreach (var start in ascending)
        {
            foreach (var end in new[] { start, start + 1, start + 3, length }.Where(e => e <= length).Distinct())
            {
                var span = TextSpan.FromBounds(start, end);
                var lineSpan = actual.GetLinePositionSpan(span);
                Assert.Equal(expected.GetLinePositionSpan(span), lineSpan);
                Assert.Equal(span, actual.GetTextSpan(lineSpan));
            }
        }
    }

    private static void AssertSameLine(TextLine expected, TextLine actual, SourceText text)
    {
        Assert.Same(text, actual.Text);
        Assert.Equal(expected.LineNumber, actual.LineNumber);
        Assert.Equal(expected.Start, actual.Start);
        Assert.Equal(expected.End, actual.End);
        Assert.Equal(expected.EndIncludingLineBreak, actual.EndIncludingLineBreak);
        Assert.Equal(expected.ToString(), actual.ToString());
    }
}
