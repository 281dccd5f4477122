using System.Text;

namespace Linter.Syntax;

/// <summary>
/// A set of node and token kinds, one bit per kind: what a filtered walk
/// (<see cref="SyntaxNode.DescendantNodes(SyntaxKindSet)"/>, <see cref="SyntaxNode.DescendantTokens(SyntaxKindSet)"/>)
/// looks for, and what every green node records of its subtree so that a walk can pass over a subtree that holds
/// none of the kinds it looks for (as Roslyn's green nodes record whether a subtree holds diagnostics).
/// </summary>
/// <remarks>
/// Trivia kinds are not in any set: trivia belongs to its token and is not an element of the tree.
/// </remarks>
public readonly struct SyntaxKindSet : IEquatable<SyntaxKindSet>
{
    // The one mapping from kind to bit. Nodes (300–335) take bits 0–35, tokens (100–126) bits 36–62 and the
    // end-of-file token (199) bit 63; SyntaxKindSetTests checks that every node and token kind has a bit of its own.
    private const int FirstNode = SyntaxFacts.FirstNodeKind;
    private const int LastNode = 335;
    private const int FirstToken = SyntaxFacts.FirstTokenKind;
    private const int LastToken = 126;
    private const int TokenShift = 36 - FirstToken;
    private const ulong EndOfFileBit = 1UL << 63;

    /// <summary>The bits every node kind may take.</summary>
    internal const ulong NodeBits = (1UL << (LastNode - FirstNode + 1)) - 1;

    /// <summary>The bits every token kind may take.</summary>
    internal const ulong TokenBits = ~NodeBits;

    internal SyntaxKindSet(ulong bits)
    {
        Bits = bits;
    }

    /// <summary>No kind.</summary>
    public static SyntaxKindSet Empty => default;

    /// <summary>Every node kind.</summary>
    public static SyntaxKindSet AllNodes { get; } = new(NodeBits);

    /// <summary>Every token kind.</summary>
    public static SyntaxKindSet AllTokens { get; } = new(TokenBits);

    internal ulong Bits { get; }

    /// <summary>True when the set holds no kind.</summary>
    public bool IsEmpty => Bits == 0;

    /// <summary>True when the set holds only token kinds (or nothing).</summary>
    public bool IsTokensOnly => (Bits & NodeBits) == 0;

    /// <summary>True when the set holds only node kinds (or nothing).</summary>
    public bool IsNodesOnly => (Bits & TokenBits) == 0;

    /// <summary>The set of one kind.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a node or token kind.</exception>
    public static SyntaxKindSet Of(SyntaxKind kind) => new(CheckedBit(kind));

    /// <summary>The set of <paramref name="kinds"/>.</summary>
    /// <exception cref="ArgumentException">One of <paramref name="kinds"/> is not a node or token kind.</exception>
    public static SyntaxKindSet Of(params ReadOnlySpan<SyntaxKind> kinds)
    {
        var bits = 0UL;
        foreach (var kind in kinds)
        {
            bits |= CheckedBit(kind);
        }

        return new(bits);
    }

    /// <summary>True when the set holds <paramref name="kind"/>; always false for a trivia kind.</summary>
    public bool Contains(SyntaxKind kind) => (Bits & Bit(kind)) != 0;

    /// <summary>True when the two sets share a kind.</summary>
    public bool Overlaps(SyntaxKindSet other) => (Bits & other.Bits) != 0;

    /// <summary>This set and <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a node or token kind.</exception>
    public SyntaxKindSet Add(SyntaxKind kind) => new(Bits | CheckedBit(kind));

    /// <summary>The kinds of either set.</summary>
    public SyntaxKindSet Union(SyntaxKindSet other) => new(Bits | other.Bits);

    /// <summary>The kinds in the set, in the order of their numbers.</summary>
    public IEnumerable<SyntaxKind> ToKinds()
    {
        var bits = Bits;
        return Enum.GetValues<SyntaxKind>().Where(kind => (bits & Bit(kind)) != 0);
    }

    /// <summary>
    /// The bit of a node or token kind, 0 for any other. Green nodes record theirs at construction, so this must stay a
    /// few instructions: a switch on ranges, no table.
    /// </summary>
    internal static ulong Bit(SyntaxKind kind) => (int)kind switch
    {
        >= FirstNode and <= LastNode => 1UL << ((int)kind - FirstNode),
        >= FirstToken and <= LastToken => 1UL << ((int)kind + TokenShift),
        (int)SyntaxKind.EndOfFileToken => EndOfFileBit,
        _ => 0,
    };

    /// <summary>The bit of a kind known to be a node kind: one shift.</summary>
    internal static ulong NodeBit(SyntaxKind kind) => 1UL << ((int)kind - FirstNode);

    private static ulong CheckedBit(SyntaxKind kind)
    {
        var bit = Bit(kind);
        if (bit == 0 || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"{kind} is not a node or token kind.", nameof(kind));
        }

        return bit;
    }

    public bool Equals(SyntaxKindSet other) => Bits == other.Bits;

    public override bool Equals(object? obj) => obj is SyntaxKindSet other && Equals(other);

    public override int GetHashCode() => Bits.GetHashCode();

    public static bool operator ==(SyntaxKindSet left, SyntaxKindSet right) => left.Equals(right);

    public static bool operator !=(SyntaxKindSet left, SyntaxKindSet right) => !left.Equals(right);

    /// <summary>The kinds, as "{Citation, DateToken}".</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("{");
        foreach (var kind in ToKinds())
        {
            builder.Append(builder.Length > 1 ? ", " : string.Empty).Append(kind);
        }

        return builder.Append('}').ToString();
    }
}
