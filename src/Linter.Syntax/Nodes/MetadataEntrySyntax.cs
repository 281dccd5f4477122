using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>One top-level "key: value" entry of the front matter.</summary>
public sealed class MetadataEntrySyntax : SyntaxNode
{
    internal MetadataEntrySyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    public SyntaxToken KeyToken => ChildTokens().First(t => t.Kind == SyntaxKind.MetadataKeyToken);

    public SyntaxToken? ValueToken
    {
        get
        {
            foreach (var token in ChildTokens())
            {
                if (token.Kind == SyntaxKind.MetadataValueToken)
                {
                    return token;
                }
            }

            return null;
        }
    }

    /// <summary>The key, decoded.</summary>
    public string Key => KeyToken.Value as string ?? KeyToken.Text;

    /// <summary>The decoded value: a string for a scalar, a list for a sequence, a dictionary for a mapping, null when empty.</summary>
    public object? Value => ValueToken?.Value;

    /// <summary>The decoded value when it is a scalar, otherwise null.</summary>
    public string? ScalarValue => Value as string;
}
