using Linter.Cli.Formatters;

namespace Linter.Cli.Tests.Formatters;

/// <summary>Workflow command values are escaped as the Actions runner unescapes them.</summary>
public sealed class GitHubEscapingTests
{
    [Fact]
    public void EscapesPercentAndLineBreaksInTheMessage() =>
        Assert.Equal("50%25 a%0D%0Ab: c, d", GitHubFormatter.EscapeData("50% a\r\nb: c, d"));

    [Fact]
    public void EscapesColonsAndCommasInProperties() =>
        Assert.Equal("a%3Ab%2Cc%25%0A", GitHubFormatter.EscapeProperty("a:b,c%\n"));
}
