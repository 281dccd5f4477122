using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>YAML front matter between two "---" fences.</summary>
public sealed class FrontMatterSyntax : SyntaxNode
{
    internal FrontMatterSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public IEnumerable<MetadataEntrySyntax> Entries => Children<MetadataEntrySyntax>();

    /// <summary>False when the closing fence is missing.</summary>
    public bool IsClosed => ChildTokens().Count(t => t.Kind == SyntaxKind.FrontMatterFenceToken && !t.IsMissing) == 2;

    /// <summary>The entry for <paramref name="key"/> (case-insensitive), or null.</summary>
    public MetadataEntrySyntax? GetEntry(string key) =>
        Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when <paramref name="key"/> has a value. An entry with an empty value ("date:") is a placeholder,
    /// not a value.
    /// </summary>
    public bool HasValue(string key) =>
        GetEntry(key)?.Value is { } value && (value is not string text || !string.IsNullOrWhiteSpace(text));

    /// <summary>True when one of <paramref name="keys"/> has a value (see <see cref="HasValue"/>).</summary>
    public bool HasValueForAny(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Any(HasValue);
    }
}
