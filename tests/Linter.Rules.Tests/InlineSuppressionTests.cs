using Linter.Rules.Syntax;
using Linter.Rules.Attribution;
using Linter.Rules.Boilerplate;

namespace Linter.Rules.Tests;

/// <summary>Inline suppressions with the built-in rules: names from the catalog, and SL0003/SL0004 from their descriptor-only rules.</summary>
public sealed class InlineSuppressionTests
{
    private static readonly Analysis.Rule[] s_rules = [new SpaceBeforePunctuationRule(), new UnknownRuleIdRule(), new UnusedSuppressionRule()];

    [Fact]
    public void SuppressesByRuleNameOverBlankLines()
    {
        RuleVerifier.Verify(
            s_rules,
            """
            ---
            date: 2022-04-29
            ---

            <!-- stmtlint-disable-next-line space-before-punctuation -->

            In the name of democracy .

            Elsewhere{|SL3006: ,|} not.

            """,
            "test.md",
            fixedText: """
            ---
            date: 2022-04-29
            ---

            <!-- stmtlint-disable-next-line space-before-punctuation -->

            In the name of democracy .

            Elsewhere, not.

            """);
    }

    [Fact]
    public void ReportsAnUnknownIdAndAnUnusedSuppression()
    {
        RuleVerifier.Verify(
            s_rules,
            """
            ---
            date: 2022-04-29
            ---

            Fine.<!-- stmtlint-disable-line {|SL0003:SL3099|} -->

            {|SL0004:<!-- stmtlint-disable-next-line SL3006 -->|}
            Also fine.

            """,
            "test.md",
            fixedText: """
            ---
            date: 2022-04-29
            ---

            Fine.<!-- stmtlint-disable-line SL3099 -->

            Also fine.

            """);
    }
}
