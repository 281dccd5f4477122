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

    /// <summary>
    /// The token before this one in the tree's token order (as <see cref="SyntaxNode.DescendantTokens()"/> of the root gives
    /// it), or null at the first. As in Roslyn, tokens of zero width (missing tokens, the end-of-file token) are passed over
    /// unless <paramref name="includeZeroWidth"/> is true.
    /// </summary>
    /// <remarks>It goes up through parents and down into the nearest subtree that can hold such a token, without a walk from the root.</remarks>
    public SyntaxToken? GetPreviousToken(bool includeZeroWidth = false)
    {
        var node = Parent;
        var slot = Index - 1;

        // The end of the slot being looked at; a slot's start is its end less its width.
        var end = Position;
        while (true)
        {
            if (slot < 0)
            {
                if (node.Parent is not { } parent)
                {
                    return null;
                }

                slot = node.SlotIndex - 1;
                end = node.Position;
                node = parent;
                continue;
            }

            var child = node.Green.GetSlot(slot);
            var start = end - child.FullWidth;
            if (child is GreenToken token)
            {
                if (includeZeroWidth || token.Width > 0)
                {
                    return new SyntaxToken(node, token, start, slot);
                }
            }
            else if (CanHold(child, includeZeroWidth))
            {
                node = node.GetChildNode(slot, start);
                slot = child.SlotCount - 1;
                continue;
            }

            end = start;
            slot--;
        }
    }

    /// <summary>
    /// The token after this one in the tree's token order (as <see cref="SyntaxNode.DescendantTokens()"/> of the root gives
    /// it), or null at the last. As in Roslyn, tokens of zero width (missing tokens, the end-of-file token) are passed over
    /// unless <paramref name="includeZeroWidth"/> is true.
    /// </summary>
    /// <remarks>It goes up through parents and down into the nearest subtree that can hold such a token, without a walk from the root.</remarks>
    public SyntaxToken? GetNextToken(bool includeZeroWidth = false)
    {
        var node = Parent;
        var slot = Index + 1;
        var start = Position + Green.FullWidth;
        while (true)
        {
            if (slot == node.Green.SlotCount)
            {
                if (node.Parent is not { } parent)
                {
                    return null;
                }

                slot = node.SlotIndex + 1;
                start = node.Position + node.Green.FullWidth;
                node = parent;
                continue;
            }

            var child = node.Green.GetSlot(slot);
            if (child is GreenToken token)
            {
                if (includeZeroWidth || token.Width > 0)
                {
                    return new SyntaxToken(node, token, start, slot);
                }
            }
            else if (CanHold(child, includeZeroWidth))
            {
                node = node.GetChildNode(slot, start);
                slot = 0;
                continue;
            }

            start += child.FullWidth;
            slot++;
        }
    }

    // A subtree of width 0 holds no token with text; one without token kinds holds no token at all.
    private static bool CanHold(GreenNode subtree, bool includeZeroWidth) =>
        includeZeroWidth ? (subtree.SubtreeKinds & SyntaxKindSet.TokenBits) != 0 : subtree.FullWidth > 0;

    public string ToFullString() => Parent.Tree.Text.ToString(FullSpan);

    public override string ToString() => Text;

    public bool Equals(SyntaxToken other) => ReferenceEquals(Parent, other.Parent) && Index == other.Index;

    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Parent, Index);

    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}
