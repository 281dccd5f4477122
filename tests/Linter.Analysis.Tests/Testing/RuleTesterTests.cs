using Linter.Analysis.Testing;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Tests.Testing;

public sealed class RuleTesterTests
{
    private static readonly DiagnosticDescriptor s_boilerplate = TestRule.Descriptor("SL8001", fix: FixAvailability.Always, fixSafety: FixSafety.Unsafe);
    private static readonly DiagnosticDescriptor s_claim = TestRule.Descriptor("SL8002");

    [Fact]
    public void ParsesBareAndNamedMarksThatNest()
    {
        var fixture = FixtureMarkup.Parse("a {|SL1001:b [|c|] d|} e");

        Assert.Equal("a b c d e", fixture.Text);
        Assert.Equal([new ExpectedDiagnostic("SL1001", TextSpan.FromBounds(2, 7)), new ExpectedDiagnostic(null, TextSpan.FromBounds(4, 5))], fixture.Expected.ToArray());
    }

    [Theory]
    [InlineData("a [|b")]
    [InlineData("a b|]")]
    [InlineData("a {|:b|}")]
    [InlineData("a [|b|}")]
    public void RejectsMalformedMarkup(string markup) => Assert.Throws<FormatException>(() => FixtureMarkup.Parse(markup));

    [Fact]
    public void RendersWhatWasReportedInTheSameStyle()
    {
        var rendered = FixtureMarkup.Render("a b c", [new ExpectedDiagnostic("SL1001", TextSpan.FromBounds(0, 1)), new ExpectedDiagnostic(null, TextSpan.FromBounds(4, 5))]);

        Assert.Equal("{|SL1001:a|} b [|c|]", rendered);
    }

    [Fact]
    public void PassesWhenTheRuleReportsExactlyTheMarkedSpans()
    {
        var tester = new RuleTester([TestRule.ReportingOn(s_boilerplate, SyntaxKind.Boilerplate)]);

        var result = tester.Run("Remarks (2022-4-29)\n\nTrade is down.\n\n[|Print|]");

        Assert.True(result.Passed, result.Describe());
    }

    [Fact]
    public void FailsAndShowsTheActualMarkupWhenSpansDiffer()
    {
        var tester = new RuleTester([TestRule.ReportingOn(s_boilerplate, SyntaxKind.Boilerplate)]);

        var result = tester.Run("Remarks (2022-4-29)\n\n[|Trade is down.|]\n\nPrint");

        Assert.False(result.Passed);
        Assert.Equal("Remarks (2022-4-29)\n\nTrade is down.\n\n[|Print|]", result.ActualMarkup);
    }

    [Fact]
    public void RequiresNamedMarksWhenSeveralIdsAreTested()
    {
        var rules = new[] { TestRule.ReportingOn(s_boilerplate, SyntaxKind.Boilerplate), TestRule.ReportingOn(s_claim, SyntaxKind.Claim) };

        Assert.False(new RuleTester(rules).Run("Remarks (2022-4-29)\n\n[|Print|]").Passed);
        Assert.True(new RuleTester(rules).Run("Remarks (2022-4-29)\n\n{|SL8001:Print|}").Passed);
    }

    [Fact]
    public void AppliesFixesUntilNoneIsLeftAndComparesTheResult()
    {
        var rule = new TestRule(
            "delete-boilerplate",
            context => context.RegisterNodeAction(
                c => c.Report(s_boilerplate, c.Node.Span, Fix.Create("Delete", new TextChange(c.Node.FullSpan, string.Empty), Applicability.Unsafe), "line"),
                SyntaxKind.Boilerplate),
            s_boilerplate);
        var tester = new RuleTester([rule]);

        Assert.True(tester.Run("Trade is down.\n[|Print|]", fixedText: "Trade is down.\n").Passed);
        Assert.False(tester.Run("Trade is down.\n[|Print|]", fixedText: "Trade is down.\nPrint").Passed);
        Assert.False(tester.Run("Trade is down.\n[|Print|]").Passed);
    }

    [Fact]
    public void FixApplierSkipsAFixThatOverlapsOneAlreadyTaken()
    {
        var first = Fix.Create("a", new TextChange(new TextSpan(0, 3), "x"), Applicability.Safe);
        var overlapping = Fix.Create("b", new TextChange(new TextSpan(2, 2), "y"), Applicability.Safe);
        var later = Fix.Create("c", new TextChange(new TextSpan(5, 1), "z"), Applicability.Safe);

        var (text, applied) = FixApplier.Apply(SourceText.From("abcdefg"), [first, overlapping, later]);

        Assert.Equal("xdezg", text.ToString());
        Assert.Equal(2, applied);
    }
}
