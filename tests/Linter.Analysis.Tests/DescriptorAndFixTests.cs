using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Tests;

public sealed class DescriptorAndFixTests
{
    [Theory]
    [InlineData("SL10")]
    [InlineData("sl1001")]
    [InlineData("S1001")]
    [InlineData("SL-1001")]
    [InlineData("1001")]
    [InlineData("HOUSE001a")]
    public void RejectsMalformedIds(string id)
    {
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor(id, "a-name", "Title", "Message", RuleCategory.Claims, Severity.Error));
    }

    [Theory]
    [InlineData("SL1001")]
    [InlineData("HOUSE001")]
    [InlineData("XX12345")]
    public void AcceptsCapitalLettersThenDigits(string id)
    {
        Assert.Equal(id, new DiagnosticDescriptor(id, "a-name", "Title", "Message", RuleCategory.Custom, Severity.Error).Id);
    }

    [Theory]
    [InlineData("Missing-Date")]
    [InlineData("missing_date")]
    [InlineData("missing-")]
    [InlineData("")]
    public void RejectsNamesThatAreNotKebabCase(string name)
    {
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("SL1001", name, "Title", "Message", RuleCategory.Claims, Severity.Error));
    }

    [Fact]
    public void RejectsAMessageFormatThatWantsMoreArguments()
    {
        var descriptor = new DiagnosticDescriptor("SL1001", "a-name", "Title", "{0} and {1}", RuleCategory.Claims, Severity.Error);

        Assert.Throws<ArgumentException>(() => descriptor.FormatMessage("only one"));
    }

    [Fact]
    public void RejectsOverlappingChanges()
    {
        Assert.Throws<ArgumentException>(() => new Fix(
            "Overlap",
            [new TextChange(new TextSpan(0, 5), "a"), new TextChange(new TextSpan(3, 5), "b")],
            Applicability.Safe));
    }

    [Fact]
    public void SortsChanges()
    {
        var fix = new Fix(
            "Two",
            [new TextChange(new TextSpan(10, 1), "b"), new TextChange(new TextSpan(0, 1), "a")],
            Applicability.Safe);

        Assert.Equal([0, 10], fix.Changes.Select(c => c.Span.Start));
    }
}
