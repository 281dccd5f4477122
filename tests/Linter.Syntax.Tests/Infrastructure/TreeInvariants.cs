using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Tests.Infrastructure;

/// <summary>
/// Checks the lossless-tree invariants of a parsed document and describes every violation found,
/// so that one failing test can list all broken files at once.
/// </summary>
internal static class TreeInvariants
{
    private const int MaxProblemsPerTree = 5;

    /// <summary>Returns the violations in <paramref name="tree"/>; empty when the tree is sound.</summary>
    public static IReadOnlyList<string> Check(SyntaxTree tree)
    {
        var problems = new List<string>();
        var text = tree.Text.ToString();

        var root = tree.Root;
        if (root.FullSpan != new TextSpan(0, text.Length))
        {
            problems.Add($"the root's full span is {root.FullSpan}, the text is [0..{text.Length})");
        }

        if (!string.Equals(root.ToFullString(), text, StringComparison.Ordinal))
        {
            problems.Add($"Root.ToFullString() differs from the text at offset {FirstDifference(root.ToFullString(), text)}");
        }

        CheckTokens(tree, text, problems);
        CheckNodes(root, problems);
        CheckDiagnostics(tree, text.Length, problems);
        return problems.Count > MaxProblemsPerTree ? [.. problems.Take(MaxProblemsPerTree), $"… and {problems.Count - MaxProblemsPerTree} more"] : problems;
    }

    /// <summary>Throws with every violation listed when <paramref name="tree"/> breaks an invariant.</summary>
    public static void Assert(SyntaxTree tree, string description)
    {
        var problems = Check(tree);
        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{description}: {string.Join("; ", problems)}");
        }
    }

    private static void CheckTokens(SyntaxTree tree, string text, List<string> problems)
    {
        // Rebuild the text from trivia and token texts; the pieces must tile the text exactly.
        var rebuilt = new StringBuilder(text.Length);
        var expectedStart = 0;
        var eofCount = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            var full = token.FullSpan;
            if (full.Start != expectedStart)
            {
                problems.Add($"token {token.Kind} at {full} does not start where the previous one ended ({expectedStart})");
                return;
            }

            if (full.End > text.Length)
            {
                problems.Add($"token {token.Kind} at {full} ends beyond the text ({text.Length})");
                return;
            }

            if (token.IsMissing && token.Width != 0)
            {
                problems.Add($"missing token {token.Kind} at {token.Span} has text");
            }

            if (token.Kind == SyntaxKind.EndOfFileToken)
            {
                eofCount++;
                if (token.Width != 0)
                {
                    problems.Add($"the end-of-file token at {token.Span} is not empty");
                }
            }

            var position = full.Start;
            foreach (var trivia in token.LeadingTrivia)
            {
                position = AppendPiece(rebuilt, text, trivia.Span, position, $"leading {trivia.Kind} of {token.Kind}", problems);
            }

            if (token.Span.Start != position)
            {
                problems.Add($"token {token.Kind} text starts at {token.Span.Start}, after its leading trivia ends at {position}");
                return;
            }

            position = AppendPiece(rebuilt, text, token.Span, position, token.Kind.ToString(), problems);
            foreach (var trivia in token.TrailingTrivia)
            {
                position = AppendPiece(rebuilt, text, trivia.Span, position, $"trailing {trivia.Kind} of {token.Kind}", problems);
            }

            if (position != full.End)
            {
                problems.Add($"token {token.Kind} pieces end at {position}, its full span at {full.End}");
                return;
            }

            if (!string.Equals(token.ToFullString(), text.Substring(full.Start, full.Length), StringComparison.Ordinal))
            {
                problems.Add($"token {token.Kind} at {full}: ToFullString() is not the text under its full span");
            }

            expectedStart = full.End;
        }

        if (expectedStart != text.Length)
        {
            problems.Add($"tokens cover [0..{expectedStart}) of a text of length {text.Length}");
        }

        if (eofCount != 1)
        {
            problems.Add($"expected one end-of-file token, found {eofCount}");
        }

        if (!string.Equals(rebuilt.ToString(), text, StringComparison.Ordinal))
        {
            problems.Add($"the concatenated token and trivia texts differ from the text at offset {FirstDifference(rebuilt.ToString(), text)}");
        }
    }

    private static int AppendPiece(StringBuilder rebuilt, string text, TextSpan span, int expectedStart, string what, List<string> problems)
    {
        if (span.Start != expectedStart || span.End > text.Length)
        {
            problems.Add($"{what} at {span} is not contiguous with the piece before it (expected start {expectedStart}) or leaves the text");
            return span.End;
        }

        rebuilt.Append(text, span.Start, span.Length);
        return span.End;
    }

    private static void CheckNodes(SyntaxNode root, List<string> problems)
    {
        foreach (var node in root.DescendantNodesAndSelf())
        {
            // A node's full span is exactly the union of its children's full spans, laid end to end.
            var position = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.FullSpan.Start != position)
                {
                    problems.Add($"{node.Kind} at {node.FullSpan}: child {child.Kind} starts at {child.FullSpan.Start}, expected {position}");
                    break;
                }

                if (child.IsNode && !ReferenceEquals(child.AsNode().Parent, node))
                {
                    problems.Add($"{child.Kind} at {child.FullSpan} does not name {node.Kind} as its parent");
                }

                position = child.FullSpan.End;
            }

            if (position != node.FullSpan.End)
            {
                problems.Add($"{node.Kind} at {node.FullSpan}: its children end at {position}");
            }

            if (!node.FullSpan.Contains(node.Span) && node.Span.Length > 0)
            {
                problems.Add($"{node.Kind}: span {node.Span} lies outside full span {node.FullSpan}");
            }

            if (problems.Count > MaxProblemsPerTree)
            {
                return;
            }
        }
    }

    private static void CheckDiagnostics(SyntaxTree tree, int length, List<string> problems)
    {
        foreach (var diagnostic in tree.Diagnostics)
        {
            if (diagnostic.Span.End > length)
            {
                problems.Add($"diagnostic {diagnostic.Id} at {diagnostic.Span} lies outside the text ({length})");
            }
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }
}
