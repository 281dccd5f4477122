using Linter.Analysis;
using Linter.Rules;

namespace Linter.Cli.LanguageServer;

/// <summary>What the server says about a rule: its descriptor, link and the opening of its page.</summary>
internal static class RulePages
{
    /// <summary>The built-in (or engine) descriptor with that ID or name, or null.</summary>
    public static DiagnosticDescriptor? Find(string? idOrName) => idOrName is null
        ? null
        : BuiltInRules.Catalog.FirstOrDefault(d => d.Id.Equals(idOrName, StringComparison.OrdinalIgnoreCase) || d.Name == idOrName);

    /// <summary>The first paragraph of the page's "What it flags", or null without one.</summary>
    public static string? Summary(DiagnosticDescriptor descriptor)
    {
        if (RuleDocumentation.FindPage(descriptor, rule: null) is not { } page)
        {
            return null;
        }

        var paragraph = new List<string>();
        var inSection = false;
        foreach (var raw in page.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (!inSection)
            {
                inSection = line.StartsWith("## What it flags", StringComparison.Ordinal);
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                if (paragraph.Count > 0 || line.StartsWith('#'))
                {
                    break;
                }

                continue;
            }

            paragraph.Add(line);
        }

        return paragraph.Count == 0 ? null : string.Join(' ', paragraph);
    }
}
