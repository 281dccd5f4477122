using System.Collections.Immutable;
using Linter.Analysis.Testing;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace Linter.Analysis.Tests.Suppressions;

public sealed class SuppressionFilterTests
{
    private static readonly DiagnosticDescriptor s_paragraph = TestRule.Descriptor("SL8001");
    private static readonly DiagnosticDescriptor s_heading = TestRule.Descriptor("SL8002");
    private static readonly DiagnosticDescriptor s_unknown = TestRule.Descriptor("SL0003");
    private static readonly DiagnosticDescriptor s_unused = TestRule.Descriptor("SL0004", Severity.Info, "{0} suppressed nothing");

    /// <summary>SL8001 on every paragraph, SL8002 on every heading, and the two descriptor-only suppression IDs.</summary>
    private static Rule[] Rules =>
    [
        TestRule.ReportingOn(s_paragraph, SyntaxKind.Paragraph),
        TestRule.ReportingOn(s_heading, SyntaxKind.Heading),
        new TestRule("suppressions", _ => { }, s_unknown, s_unused),
    ];

    [Fact]
    public void DisableNextLineReachesOverBlankLines()
    {
        Verify("""
            {|SL8001:Para one.|}

            <!-- stmtlint-disable-next-line SL8001 -->


            Para two.

            {|SL8001:Para three.|}

            """);
    }

    [Fact]
    public void DisableLineCoversTheCommentsOwnLine()
    {
        Verify("""
            {|SL8001:Para one.|}

            Para two. <!-- stmtlint-disable-line SL8001 -->

            """);
    }

    [Fact]
    public void DisableLastsUntilAMatchingEnable()
    {
        Verify("""
            <!-- stmtlint-disable SL8001 -->

            Para one.

            # {|SL8002:Heading|}

            Para two.

            <!-- stmtlint-enable SL8001 -->

            {|SL8001:Para three.|}

            """);
    }

    [Fact]
    public void DisableWithoutIdsCoversEveryRuleToTheEnd()
    {
        Verify("""
            {|SL8001:Para one.|}

            <!-- stmtlint-disable -->

            # Heading

            Para two.

            """);
    }

    [Fact]
    public void EnablingOneIdUnderADisableOfEveryRuleBringsOnlyThatOneBack()
    {
        Verify("""
            <!-- stmtlint-disable -->

            <!-- stmtlint-enable SL8002 -->

            # {|SL8002:Heading|}

            Para one.

            """);
    }

    [Fact]
    public void AcceptsARuleNameInsteadOfAnId()
    {
        Verify("""
            <!-- stmtlint-disable-next-line test-sl8001 -->
            Para one.

            <!-- stmtlint-disable-next-line TEST-SL8002 -->
            # Heading

            """);
    }

    [Fact]
    public void ReportsAnUnknownIdAtItsPlaceInTheComment()
    {
        var diagnostics = Verify("""
            <!-- stmtlint-disable-next-line {|SL0003:SL7777|} -->
            {|SL8001:Para one.|}

            """);

        Assert.Equal(Severity.Warning, diagnostics.First(d => d.Id == "SL0003").Severity);
    }

    [Fact]
    public void ReportsAnUnusedCommentAndRemovesItsLine()
    {
        Verify(
            """
            {|SL8001:Para one.|}

            {|SL0004:<!-- stmtlint-disable-next-line SL8002 -->|}
            {|SL8001:Para two.|}

            """,
            fixedText: """
            Para one.

            Para two.

            """);
    }

    [Fact]
    public void RemovesAnUnusedCommentStandingBetweenBlankLinesWithoutDoublingThem()
    {
        Verify(
            """
            {|SL8001:Para one.|}

            {|SL0004:<!-- stmtlint-disable SL8002 -->|}

            {|SL8001:Para two.|}

            """,
            fixedText: """
            Para one.

            Para two.

            """);
    }

    [Fact]
    public void RemovesAnUnusedCommentBesideTextWithItsSpace()
    {
        Verify(
            "{|SL8001:Para one. {|SL0004:<!-- stmtlint-disable-line SL8002 -->|}|}\n",
            fixedText: "Para one.\n");
    }

    [Fact]
    public void ReportsOnlyTheUnusedIdOfACommentThatSuppressedSomething()
    {
        Verify(
            """
            <!-- stmtlint-disable-next-line SL8001, {|SL0004:SL8002|} -->
            Para one.

            """,
            fixedText: """
            <!-- stmtlint-disable-next-line SL8001 -->
            Para one.

            """);
    }

    [Fact]
    public void ReportsAnEnableThatEndsNothing()
    {
        Verify(
            """
            {|SL8001:Para one.|}

            {|SL0004:<!-- stmtlint-enable SL8001 -->|}
            """,
            fixedText: """
            Para one.

            """);
    }

    [Fact]
    public void ReportsNeitherAnUnknownIdAsUnusedNorADisableOfNothingTwice()
    {
        Verify(
            """
            {|SL0004:<!-- stmtlint-disable-next-line SL8002, {|SL0003:no-such-rule|} -->|}
            {|SL8001:Para one.|}

            """,
            fixedText: """
            Para one.

            """);
    }

    [Fact]
    public void LeavesEveryDiagnosticAloneInADocumentWithoutComments()
    {
        Verify("""
            {|SL8001:Para one.|}

            # {|SL8002:Heading|}

            """);
    }

    [Fact]
    public void SuppressesASyntaxError()
    {
        var engine = new AnalysisEngine(Rules);
        var tree = SyntaxTree.Parse(SourceText.From("Para \0 one. <!-- stmtlint-disable-line SL0001, SL8001 -->\n"), "test.md");

        Assert.Contains(tree.Diagnostics, d => d.Id == "SL0001");
        Assert.Empty(engine.Analyze(tree));
    }

    [Fact]
    public void ConfigurationTurnsUnusedSuppressionOffOrChangesItsSeverity()
    {
        var engine = new AnalysisEngine(Rules);
        var tree = SyntaxTree.Parse(SourceText.From("<!-- stmtlint-disable SL8002 -->\n"), "test.md");
        AnalysisOptions Configure(RuleConfiguration configuration) =>
            new() { Rules = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, [KeyValuePair.Create("SL0004", configuration)]) };

        Assert.Equal(Severity.Info, Assert.Single(engine.Analyze(tree)).Severity);
        Assert.Empty(engine.Analyze(tree, Configure(new RuleConfiguration(false, null, RuleOptions.Empty))));
        Assert.Equal(Severity.Error, Assert.Single(engine.Analyze(tree, Configure(new RuleConfiguration(null, Severity.Error, RuleOptions.Empty)))).Severity);
    }

    [Fact]
    public void AnEngineWithoutTheSuppressionDescriptorsReportsNothingAboutComments()
    {
        var engine = new AnalysisEngine([TestRule.ReportingOn(s_paragraph, SyntaxKind.Paragraph)]);
        var tree = SyntaxTree.Parse(SourceText.From("<!-- stmtlint-disable SL7777 -->\n\nPara one.\n"), "test.md");

        Assert.Equal("SL8001", Assert.Single(engine.Analyze(tree)).Id);
    }

    [Fact]
    public void IgnoresCommentsThatAreNotDirectives()
    {
        Verify("""
            <!-- stmtlint-disabled SL8001 -->

            <!-- a note to the editor -->

            {|SL8001:Para one.|}

            """);
    }

    private static ImmutableArray<Diagnostic> Verify(string markup, string? fixedText = null)
    {
        var result = new RuleTester(Rules).Run(markup, "test.md", fixedText);
        if (!result.Passed)
        {
            throw new XunitException(result.Describe());
        }

        return result.Diagnostics;
    }
}
