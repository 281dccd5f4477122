namespace Linter.Cli.Formatters;

/// <summary>
/// A rule's full description for machine formats: the first paragraph of "What it flags" on its
/// documentation page, joined into one line; the title when the page or section is missing.
/// </summary>
internal static class RuleSummaryText
{
    public static string FullDescription(Linter.Analysis.DiagnosticDescriptor descriptor)
    {
        var page = RuleDocumentation.FindPage(descriptor, rule: null);
        if (page is null)
        {
            return descriptor.Title;
        }

        var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var heading = Array.FindIndex(lines, l => l.StartsWith("## What it flags", StringComparison.Ordinal));
        if (heading < 0)
        {
            return descriptor.Title;
        }

        var paragraph = lines.Skip(heading + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#'));
        var text = string.Join(' ', paragraph.Select(l => l.Trim()));
        return text.Length == 0 ? descriptor.Title : text;
    }
}
