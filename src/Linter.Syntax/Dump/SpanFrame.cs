using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Dump;

/// <summary>One node being walked while the dumper computes spans: its children and the token text seen so far.</summary>
internal sealed class SpanFrame(SyntaxNode node)
{
    public SyntaxNode Node { get; } = node;

    public IEnumerator<SyntaxNodeOrToken> Children { get; } = node.ChildNodesAndTokens().GetEnumerator();

    /// <summary>The start of the first non-missing token below the node, once one has been seen.</summary>
    public int? First { get; private set; }

    /// <summary>The end of the last non-missing token seen so far.</summary>
    public int LastEnd { get; private set; }

    /// <summary>Records a token's span, or a child node's span when that child holds tokens.</summary>
    public void Add(TextSpan span)
    {
        First ??= span.Start;
        LastEnd = span.End;
    }
}
