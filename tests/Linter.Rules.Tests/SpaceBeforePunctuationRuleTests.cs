using Linter.Rules.Attribution;
using Linter.Rules.Boilerplate;

namespace Linter.Rules.Tests;

public sealed class SpaceBeforePunctuationRuleTests
{
    private static readonly SpaceBeforePunctuationRule s_rule = new();

    [Fact]
    public void ReportsASpaceBeforeAFullStopAndDeletesIt()
    {
        var diagnostic = Assert.Single(RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)\n\nAn exclusive bloc in the name of democracy[| .|]\u2002\n",
            "Remarks (2022-4-29)\n\nAn exclusive bloc in the name of democracy.\u2002\n"));

        Assert.Equal("whitespace (U+0020) before '.'", diagnostic.Message);
    }

    [Fact]
    public void ReportsAnyUnicodeWhitespaceBeforeEachMark()
    {
        RuleVerifier.VerifyFix(
            s_rule,
            "Remarks (2022-4-29)\n\nFirst[|\u00A0,|] then[|\u2002;|] and[|\t:|] why[| ?|] now[|  !|]\n",
            "Remarks (2022-4-29)\n\nFirst, then; and: why? now!\n");
    }

    [Theory]
    [InlineData("The briefing began at 2:41 P.M. and ended at 09:17.")]
    [InlineData("The score was 2 :1 in the end.")]
    [InlineData("He wrote code in .NET and saw a .5 rise.")]
    [InlineData("He paused ... and went on.")]
    [InlineData("Words, then more; all fine: yes! really?")]
    public void IsSilentOnNearMisses(string paragraph)
    {
        RuleVerifier.Verify(s_rule, $"Remarks (2022-4-29)\n\n{paragraph}\n");
    }

    [Fact]
    public void IsSilentOnPunctuationThatOpensALine()
    {
        RuleVerifier.Verify(s_rule, "Remarks (2022-4-29)\n\nThe list goes on\n... and on\n");
    }

    [Fact]
    public void IsSilentOnTheColonOfAFrontMatterKey()
    {
        RuleVerifier.Verify(s_rule, "---\ntitle : Remarks\ndate: 2022-04-29\n---\n\nText.\n", "test.md");
    }

    [Fact]
    public void IsSilentInCode()
    {
        RuleVerifier.Verify(s_rule, "---\ndate: 2022-04-29\n---\n\nText.\n\n```\nx = a , b ;\n```\n", "test.md");
    }

    [Fact]
    public void ReportsOnlyLine23OfTheCanonicalExample()
    {
        var diagnostic = Assert.Single(RuleVerifier.VerifyDiagnostics(s_rule, MarkedExample()));

        Assert.Equal(22, diagnostic.Location.LineSpan.Start.Line);
    }

    private static string MarkedExample()
    {
        var text = File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt"));
        var at = text.IndexOf("democracy .", StringComparison.Ordinal) + "democracy".Length;
        return text[..at] + "[| .|]" + text[(at + 2)..];
    }
}
