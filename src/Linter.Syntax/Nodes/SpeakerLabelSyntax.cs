using Linter.Syntax.Green;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>The label that opens a turn: "Zhao Lijian:", "Q:", "MS. PSAKI:", a bare "Q".</summary>
public sealed class SpeakerLabelSyntax : SyntaxNode
{
    internal SpeakerLabelSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }

    /// <summary>The speaker as written, without the colon or markup: "Zhao Lijian".</summary>
    public string Name
    {
        get
        {
            var words = ChildTokens().Where(t => t.Kind != SyntaxKind.PunctuationToken).ToList();
            return words.Count == 0
                ? string.Empty
                : Tree.Text.ToString(TextSpan.FromBounds(words[0].Span.Start, words[^1].Span.End));
        }
    }

    /// <summary>The colon that ends the label, or null for a bare label such as "Q".</summary>
    public SyntaxToken? Colon
    {
        get
        {
            SyntaxToken? last = null;
            foreach (var token in ChildTokens())
            {
                last = token;
            }

            return last is { Kind: SyntaxKind.PunctuationToken } colon && colon.Text == ":" ? colon : null;
        }
    }
}
