using System.Collections.Immutable;
using System.Reflection;
using Linter.Syntax.Green;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Tests.Dump;

/// <summary>
/// Builds trees by hand from green nodes, so that dump tests do not depend on what the parser
/// currently produces and can make shapes the parser never would (10,000 nested quotes).
/// </summary>
internal static class TestTrees
{
    public static SyntaxTree Create(string text, GreenNode root)
    {
        if (root.FullWidth != text.Length)
        {
            throw new ArgumentException($"The green tree covers {root.FullWidth} characters but the text has {text.Length}.", nameof(root));
        }

        // SyntaxTree has no public way to wrap a ready-made green tree; its constructor is private by design.
        var constructor = typeof(SyntaxTree).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single();
        return (SyntaxTree)constructor.Invoke([
            SourceText.From(text), "test.txt", DocumentFormat.PlainText, ParseOptions.Default, root, ImmutableArray<SyntaxDiagnostic>.Empty,
        ]);
    }

    public static GreenToken Token(SyntaxKind kind, int width, GreenTrivia[]? leading = null, GreenTrivia[]? trailing = null) =>
        new(kind, width, leading, trailing);

    public static GreenTrivia Trivia(SyntaxKind kind, int width) => new(kind, width);

    public static GreenElement Node(SyntaxKind kind, params GreenNode[] children) => new(kind, children);
}
