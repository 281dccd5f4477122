using System.Text;
using System.Text.Unicode;
using CsCheck;
using Linter.Syntax.Tests.Infrastructure;

namespace Linter.Syntax.Tests.Properties;

/// <summary>
/// Generated inputs, each parsed as plain text and as Markdown: the parser never throws, the tree is
/// lossless with every span inside the text, and parsing the same input twice gives the same tree.
/// </summary>
/// <remarks>
/// The iteration counts add up to 11,500 inputs per run (23,000 parses checked, 46,000 with the
/// determinism re-parse). A failure is shrunk by CsCheck and printed with its seed, escaped.
/// </remarks>
public sealed class ParserPropertyTests
{
    private static readonly string[] s_paths = ["x.txt", "x.md"];

    [Fact]
    public void RandomUnicodeStringsParseLosslessly() =>
        DocumentGenerators.UnicodeStrings.Sample(CheckText, iter: PropertyRuns.Iterations(2500), print: PrintedText.Escape);

    [Fact]
    public void LineEndingMixesParseLosslessly() =>
        DocumentGenerators.LineEndingMixes.Sample(CheckText, iter: PropertyRuns.Iterations(1500), print: PrintedText.Escape);

    [Fact]
    public void ByteOrderMarksInTextParseLosslessly() =>
        DocumentGenerators.WithBoms.Sample(CheckText, iter: PropertyRuns.Iterations(750), print: PrintedText.Escape);

    [Fact]
    public void UnbalancedQuotationMarksParseLosslessly() =>
        DocumentGenerators.UnbalancedQuotes.Sample(CheckText, iter: PropertyRuns.Iterations(1000), print: PrintedText.Escape);

    [Fact]
    public void FrontMatterThatNeverClosesParsesLosslessly() =>
        DocumentGenerators.FrontMatter.Sample(CheckText, iter: PropertyRuns.Iterations(1000), print: PrintedText.Escape);

    [Fact]
    public void SpeakerLabelLinesParseLosslessly() =>
        DocumentGenerators.SpeakerLabels.Sample(CheckText, iter: PropertyRuns.Iterations(1000), print: PrintedText.Escape);

    [Fact]
    public void StatementLikeDocumentsParseLosslessly() =>
        DocumentGenerators.StatementLike().Sample(CheckText, iter: PropertyRuns.Iterations(1500), print: PrintedText.Escape);

    [Fact]
    public void RandomBytesAreDecodedReportedAndParsedLosslessly() =>
        DocumentGenerators.RandomBytes.Sample(CheckBytes, iter: PropertyRuns.Iterations(1500), print: Hex);

    [Fact]
    public void EncodedDocumentsWithByteOrderMarksParseLosslessly() =>
        DocumentGenerators.EncodedWithBoms.Sample(CheckBytes, iter: PropertyRuns.Iterations(750), print: Hex);

    [Theory]
    [InlineData("")]
    [InlineData("\0")]
    [InlineData("\uFEFF")]
    [InlineData("\uD800")]
    [InlineData("\uDC00x\uD800")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n\r")]
    [InlineData("\u2028\u2029\u0085")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\ntitle: x\n")]
    [InlineData("“")]
    [InlineData("”")]
    [InlineData("“\n\n“\n\n“”")]
    [InlineData("Q\u00A0")]
    [InlineData(":")]
    [InlineData("Q:")]
    [InlineData("\u00A0\u2002\u3000\uFEFF")]
    public void EdgeCaseInputsParseLosslessly(string text) => CheckText(text);

    [Fact]
    public void InvalidUtf8IsReportedAsSl0002AndReplaced()
    {
        byte[] bytes = [(byte)'Q', (byte)':', (byte)' ', 0xC3, (byte)'x', 0xFF, 0xE2, 0x80, (byte)'\n'];
        var tree = SyntaxTree.Parse(bytes, "x.txt");

        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Id == SyntaxDiagnosticIds.InvalidEncoding && d.Span.Start == 3);
        Assert.Equal("\uFFFD", tree.Text.ToString(diagnostic.Span));
        Assert.Equal("Q: \uFFFDx\uFFFD\uFFFD\n", tree.Text.ToString());
        TreeInvariants.Assert(tree, "invalid UTF-8");
    }

    private static void CheckText(string text)
    {
        foreach (var path in s_paths)
        {
            var tree = SyntaxTree.Parse(text, path);
            Assert.Equal(text, tree.Text.ToString());
            CheckTree(tree, path, () => SyntaxTree.Parse(text, path));
        }
    }

    private static void CheckBytes(byte[] bytes)
    {
        var isUtf16 = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        var hasUtf8Bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasUtf8Bom ? bytes.AsSpan(3) : bytes.AsSpan();
        foreach (var path in s_paths)
        {
            var tree = SyntaxTree.Parse(bytes, path);
            CheckTree(tree, path, () => SyntaxTree.Parse(bytes, path));
            if (isUtf16)
            {
                continue;
            }

            // Invalid sequences become U+FFFD, exactly as the standard decoder substitutes maximal subparts.
            Assert.Equal(new UTF8Encoding(false, false).GetString(body), tree.Text.ToString());
            var reported = tree.Diagnostics.Where(d => d.Id == SyntaxDiagnosticIds.InvalidEncoding).ToList();
            if (Utf8.IsValid(body))
            {
                Assert.Empty(reported);
            }
            else
            {
                Assert.NotEmpty(reported);
                foreach (var diagnostic in reported)
                {
                    Assert.True(diagnostic.Span.Length > 0, $"SL0002 at {diagnostic.Span} is empty");
                    Assert.All(tree.Text.ToString(diagnostic.Span), c => Assert.Equal('\uFFFD', c));
                }
            }
        }
    }

    private static void CheckTree(SyntaxTree tree, string path, Func<SyntaxTree> parseAgain)
    {
        var expectedFormat = path.EndsWith(".md", StringComparison.Ordinal) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
        Assert.Equal(expectedFormat, tree.Format);
        TreeInvariants.Assert(tree, path);

        // Determinism: the same input parsed again gives the same tree and diagnostics, token for token.
        Assert.Equal(StructureDump.Of(tree), StructureDump.Of(parseAgain()));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);
}
