using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A Markdown heading (ATX "## …" or setext).</summary>
public sealed class HeadingSyntax : SyntaxNode
{
    internal HeadingSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    /// <summary>The heading level, 1 to 6, read from its markup.</summary>
    public int Level
    {
        get
        {
            if (FirstToken() is not { } first)
            {
                return 1;
            }

            foreach (var trivia in first.LeadingTrivia)
            {
                if (trivia.Kind == SyntaxKind.MarkupTrivia)
                {
                    var text = trivia.Text.TrimStart();
                    var hashes = text.Length - text.TrimStart('#').Length;
                    if (hashes > 0)
                    {
                        return Math.Min(hashes, 6);
                    }
                }
            }

            // A setext heading: "===" underlines level 1, "---" level 2.
            if (LastToken() is { } last)
            {
                foreach (var trivia in last.TrailingTrivia)
                {
                    if (trivia.Kind == SyntaxKind.MarkupTrivia && trivia.Text.Contains('-', StringComparison.Ordinal))
                    {
                        return 2;
                    }
                }
            }

            return 1;
        }
    }
}
