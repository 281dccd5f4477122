using Linter.Syntax.Green;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>A token of the red tree: a green token with its parent node and absolute position.</summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode parent, GreenToken green, int position, int index)
    {
        Parent = parent;
        Green = green;
        Position = position;
        Index = index;
    }

    public SyntaxNode Parent { get; }

    public SyntaxKind Kind => Green.Kind;

    /// <summary>True for a token the parser expected but did not find; it has no text.</summary>
    public bool IsMissing => Green.IsMissing;

    /// <summary>The span of the token's text, without trivia.</summary>
    public TextSpan Span => new(Position + Green.LeadingWidth, Green.Width);

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    public int Width => Green.Width;

    /// <summary>The zero-based line and column of <see cref="Span"/>.</summary>
    public LinePositionSpan LineSpan => Parent.Tree.Text.Lines.GetLinePositionSpan(Span);

    /// <summary>The token's text as written.</summary>
    public string Text => Parent.Tree.Text.ToString(Span);

    /// <summary>A decoded value where the text is not the value (front-matter scalars and lists); otherwise null.</summary>
    public object? Value => Green.Value;

    /// <summary>The trivia before the token's text; enumerating it allocates nothing.</summary>
    public SyntaxTriviaList LeadingTrivia => new(this, Green.LeadingTrivia, Position);

    /// <summary>The trivia after the token's text, up to the end of its line; enumerating it allocates nothing.</summary>
    public SyntaxTriviaList TrailingTrivia => new(this, Green.TrailingTrivia, Span.End);

    internal GreenToken Green { get; }

    internal int Position { get; }

    internal int Index { get; }

    public string ToFullString() => Parent.Tree.Text.ToString(FullSpan);

    public override string ToString() => Text;

    public bool Equals(SyntaxToken other) => ReferenceEquals(Parent, other.Parent) && Index == other.Index;

    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Parent, Index);

    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}
