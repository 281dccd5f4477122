using System.Globalization;
using System.Text;

namespace Linter.Syntax.Tests.Infrastructure;

/// <summary>
/// A complete, test-side description of a tree (every node, token and trivia with kind and span, plus
/// the diagnostics), used to compare two parses of the same text. It is independent of the product's
/// dumper, so it still works when that dumper changes its format.
/// </summary>
internal static class StructureDump
{
    public static string Of(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{tree.Format}\n");
        Append(builder, tree.Root, 0);
        foreach (var diagnostic in tree.Diagnostics)
        {
            builder.Append(CultureInfo.InvariantCulture, $"diagnostic {diagnostic.Id} {diagnostic.Span} {diagnostic.Message}\n");
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, SyntaxNode root, int rootDepth)
    {
        // Iterative, so that deeply nested input cannot overflow the test's stack either.
        var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        stack.Push((new SyntaxNodeOrToken(root), rootDepth));
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            builder.Append(' ', depth * 2);
            if (item.IsToken)
            {
                var token = item.AsToken();
                builder.Append(CultureInfo.InvariantCulture, $"{token.Kind}@{token.FullSpan}{(token.IsMissing ? " missing" : string.Empty)} {token.Value}");
                foreach (var trivia in token.LeadingTrivia)
                {
                    builder.Append(CultureInfo.InvariantCulture, $" <{trivia.Kind}@{trivia.Span}");
                }

                foreach (var trivia in token.TrailingTrivia)
                {
                    builder.Append(CultureInfo.InvariantCulture, $" >{trivia.Kind}@{trivia.Span}");
                }

                builder.Append('\n');
                continue;
            }

            var node = item.AsNode();
            builder.Append(CultureInfo.InvariantCulture, $"{node.Kind}@{node.FullSpan}\n");
            var children = node.ChildNodesAndTokens().ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], depth + 1));
            }
        }
    }
}
