namespace Linter.Syntax;

/// <summary>How to parse one document.</summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>The words that drive recognition of claims, rebuttals, labels and boilerplate.</summary>
    public Vocabulary Vocabulary { get; init; } = Vocabulary.Default;

    /// <summary>The document form; null chooses by file extension (".md", ".markdown") or content (front matter).</summary>
    public DocumentFormat? Format { get; init; }

    /// <summary>Picks the format for a path and its text when <see cref="Format"/> is not set.</summary>
    public DocumentFormat ResolveFormat(string path, string text)
    {
        if (Format is { } format)
        {
            return format;
        }

        var extension = Path.GetExtension(path);
        if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.Markdown;
        }

        if (extension.Length == 0 && (text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal)))
        {
            return DocumentFormat.Markdown;
        }

        return DocumentFormat.PlainText;
    }
}
