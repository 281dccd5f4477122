using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Tests;

public sealed class DescriptorAndFixTests
{
    [Theory]
    [InlineData("SL100")]
    [InlineData("sl1001")]
    [InlineData("XX1001")]
    [InlineData("SL10011")]
    public void RejectsMalformedIds(string id)
    {
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor(id, "a-name", "Title", "Message", RuleCategory.Claims, Severity.Error));
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
