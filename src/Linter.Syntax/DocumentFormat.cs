namespace Linter.Syntax;

/// <summary>The two forms a statement document comes in.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text as published: one paragraph per line, header lines first.</summary>
    PlainText = 0,

    /// <summary>CommonMark with optional YAML front matter.</summary>
    Markdown = 1,
}
