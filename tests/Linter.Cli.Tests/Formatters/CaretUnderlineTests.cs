using Linter.Cli.Formatters;

namespace Linter.Cli.Tests.Formatters;

/// <summary>The pretty format's underline sits under exactly the span, whatever the characters before and in it.</summary>
public sealed class CaretUnderlineTests
{
    [Fact]
    public void ExpandsTabsAndCountsWideAndCombiningCharacters()
    {
        // A tab (to column 4), "Cafe" + U+0301 (five UTF-16 units, four cells), a space, then 北京 (two units, four cells).
        const string Line = "\tCafe\u0301 北京 x";
        var start = Line.IndexOf('北', StringComparison.Ordinal);

        var (text, underline) = SourceLineRenderer.Render(Line, start, start + 2);

        Assert.Equal("    Cafe\u0301 北京 x", text);
        Assert.Equal("         ^^^^", underline);
    }

    [Fact]
    public void UnderlinesACombiningAccentWithItsBaseLetter()
    {
        const string Line = "\tCafe\u0301 x";
        var start = Line.IndexOf('e', StringComparison.Ordinal);

        var (_, underline) = SourceLineRenderer.Render(Line, start, start + 2);

        Assert.Equal("       ^", underline);
    }

    [Fact]
    public void CountsAnEmojiAsTwoCells()
    {
        const string Line = "ok \U0001F600 x";

        var (_, underline) = SourceLineRenderer.Render(Line, Line.IndexOf('x', StringComparison.Ordinal), Line.Length);

        Assert.Equal("      ^", underline);
    }

    [Fact]
    public void PutsOneCaretAtAnEmptySpan()
    {
        var (_, underline) = SourceLineRenderer.Render("a\tb", 2, 2);

        Assert.Equal("    ^", underline);
    }
}
