using Linter.Analysis;
using Linter.Rules.Boilerplate;

namespace Linter.Rules.Tests;

public sealed class PageBoilerplateRuleTests
{
    private static readonly PageBoilerplateRule s_rule = new();

    [Fact]
    public void ReportsChromeLinesAndDeletesThem()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            """
            Remarks (2022-4-29)

            Trade is down.

            [|Suggest to a friend|]
            [|Print|]
            """,
            """
            Remarks (2022-4-29)

            Trade is down.

            """);
    }

    [Fact]
    public void DeletesABlockOfChromeBetweenParagraphsWithoutDoublingTheBlankLine()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)\n\nTrade is down.\n\n[|Print|]\n[|Share|]\n\nTrade is up.\n",
            "Remarks (2022-4-29)\n\nTrade is down.\n\nTrade is up.\n");
    }

    [Fact]
    public void DeletesAChromeLineBetweenTextLinesAlone()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)\n\nTrade is down.\n[|Print|]\nTrade is up.\n",
            "Remarks (2022-4-29)\n\nTrade is down.\nTrade is up.\n");
    }

    [Fact]
    public void FixesTheCanonicalExampleIntoADocumentThatStartsAtItsTitleAndEndsAtItsText()
    {
        var text = File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt"));
        var title = text.IndexOf("Spokesperson", StringComparison.Ordinal);
        var end = text.IndexOf("Suggest to a friend", StringComparison.Ordinal);

        RuleVerifier.VerifyFix(s_rule, MarkedCanonicalExample(), text[title..(end - 1)]);
    }

    [Fact]
    public void NamesTheLineAndOffersAnUnsafeFix()
    {
        var diagnostic = Assert.Single(RuleVerifier.VerifyDiagnostics(s_rule, "Remarks (2022-4-29)\n\nTrade is down.\n\n[|Print|]\n"));

        Assert.Equal("page boilerplate 'Print' left in the text", diagnostic.Message);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.NotNull(diagnostic.Fix);
        Assert.Equal(Applicability.Unsafe, diagnostic.Fix.Applicability);
        Assert.Equal("Delete the line", diagnostic.Fix.Title);
    }

    [Fact]
    public void ReportsTheLanguageBar()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            """
            [|English عربي Español Русский Français 简体中文|]

            Remarks (2022-4-29)

            Trade is down.
            """,
            """
            Remarks (2022-4-29)

            Trade is down.
            """);
    }

    [Fact]
    public void IsSilentOnADocumentWithoutChrome()
    {
        RuleVerifier.Verify(s_rule, """
            Remarks (2022-4-29)

            Please print the report. Trade is down.
            """);
    }

    [Fact]
    public void ReportsAllThreeLinesOfTheCanonicalExample()
    {
        var diagnostics = RuleVerifier.VerifyDiagnostics(s_rule, MarkedCanonicalExample());

        Assert.Equal(3, diagnostics.Length);
    }

    private static string MarkedCanonicalExample()
    {
        var text = File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt"));
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var suggest = text.LastIndexOf("Suggest to a friend", StringComparison.Ordinal);
        var print = text.LastIndexOf("Print", StringComparison.Ordinal);
        return "[|" + text[..firstLineEnd] + "|]" + text[firstLineEnd..suggest] + "[|Suggest to a friend|]" + text[(suggest + 19)..print] + "[|Print|]";
    }
}
