using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>A child of a node: either a node or a token.</summary>
public readonly struct SyntaxNodeOrToken : IEquatable<SyntaxNodeOrToken>
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    public SyntaxNodeOrToken(SyntaxNode node)
    {
        _node = node;
        _token = default;
    }

    public SyntaxNodeOrToken(SyntaxToken token)
    {
        _node = null;
        _token = token;
    }

    public bool IsToken => _node is null;

    public bool IsNode => _node is not null;

    public SyntaxKind Kind => _node?.Kind ?? _token.Kind;

    public TextSpan Span => _node?.Span ?? _token.Span;

    public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

    public SyntaxNode AsNode() => _node ?? throw new InvalidOperationException("This child is a token.");

    public SyntaxToken AsToken() => _node is null ? _token : throw new InvalidOperationException("This child is a node.");

    public bool Equals(SyntaxNodeOrToken other) => ReferenceEquals(_node, other._node) && _token.Equals(other._token);

    public override bool Equals(object? obj) => obj is SyntaxNodeOrToken other && Equals(other);

    public override int GetHashCode() => _node?.GetHashCode() ?? _token.GetHashCode();

    public static bool operator ==(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => left.Equals(right);

    public static bool operator !=(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => !left.Equals(right);

    public override string ToString() => _node?.ToString() ?? _token.ToString();
}
