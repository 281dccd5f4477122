using Linter.Rules.Syntax;

namespace Linter.Rules.Tests;

/// <summary>SL0005: a suppression directive in plain text, where it is text and suppresses nothing.</summary>
public sealed class PlainTextSuppressionRuleTests
{
    private static readonly Analysis.Rule[] s_rules = [new PlainTextSuppressionRule()];

    [Fact]
    public void ReportsEachDirectiveFormInPlainText()
    {
        RuleVerifier.Verify(
            s_rules,
            """
            Statement by Minister (2022-04-29)

            [|<!-- stmtlint-disable-next-line SL4002 -->|]
            Print
            Text [|<!-- stmtlint-disable-line -->|]
            [|<!-- stmtlint-disable SL3001 -->|]
            [|<!-- STMTLINT-enable -->|]

            """,
            "test.txt");
    }

    [Fact]
    public void LeavesMarkdownCommentsToTheSuppressionFilter()
    {
        RuleVerifier.Verify(
            s_rules,
            """
            ---
            date: 2022-04-29
            ---

            <!-- stmtlint-disable-next-line SL4002 -->
            Print

            """,
            "test.md");
    }

    [Fact]
    public void IgnoresOtherCommentsAndMentionsInProse()
    {
        RuleVerifier.Verify(
            s_rules,
            """
            Statement by Minister (2022-04-29)

            <!-- an HTML comment someone pasted -->
            The stmtlint-disable directive is described elsewhere.

            """,
            "test.txt");
    }

    [Fact]
    public void TheMessageSaysWhatToDoInstead()
    {
        var message = PlainTextSuppressionRule.Descriptor.FormatMessage("stmtlint-disable");

        Assert.Contains("overrides:", message, StringComparison.Ordinal);
        Assert.Contains("baseline", message, StringComparison.Ordinal);
    }
}
