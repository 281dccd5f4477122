using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Boilerplate;

/// <summary>SL4002: a language bar or a line of page chrome left in the text. See PageBoilerplateRule.md.</summary>
public sealed class PageBoilerplateRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PageBoilerplate,
        "page-boilerplate",
        title: "Web-page boilerplate left in the text",
        messageFormat: "page boilerplate '{0}' left in the text",
        RuleCategory.Boilerplate,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(PageBoilerplateRule)),
        fix: FixAvailability.Sometimes,
        fixSafety: FixSafety.Unsafe);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterNodeAction(AnalyzeBoilerplate, SyntaxKind.LanguageBar, SyntaxKind.Boilerplate);
    }

    private static void AnalyzeBoilerplate(NodeAnalysisContext context)
    {
        var node = context.Node;
        var span = node.Span;
        var fix = DeleteLines(context.Tree.Root, context.Tree.Text, span);
        if (fix is null)
        {
            context.Report(Descriptor, span, node.ToString());
        }
        else
        {
            context.Report(Descriptor, span, fix, node.ToString());
        }
    }

    /// <summary>
    /// Deletes the lines the boilerplate is on, line breaks included, but only when nothing else is
    /// on them: words beside the chrome belong to the document and must not go with it.
    /// </summary>
    /// <remarks>
    /// Deleting only the lines would leave two blank lines where a block of chrome stood between
    /// paragraphs, and a blank line at the end of the document. So the first line of a block of
    /// chrome lines also deletes one of the blank lines around the block; each line's own fix touches
    /// only its line and that blank line, never the text of another line, so all of them apply together.
    /// </remarks>
    private static Fix? DeleteLines(DocumentSyntax root, SourceText text, TextSpan span)
    {
        var lines = text.Lines;
        var first = lines.GetLineFromPosition(span.Start);
        var last = lines.GetLineFromPosition(span.End);
        if (HasWords(text, TextSpan.FromBounds(first.Start, span.Start)) || HasWords(text, TextSpan.FromBounds(span.End, last.End)))
        {
            return null;
        }

        // Unsafe: a line that matches the chrome vocabulary can still be wanted text ("Print" as a one-word answer).
        var changes = new List<TextChange> { new(TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak), string.Empty) };
        var firstLine = first.LineNumber;
        if (firstLine == 0 || !IsChromeLine(root, text, firstLine - 1))
        {
            var blockEnd = last.LineNumber;
            while (blockEnd + 1 < lines.Count && IsChromeLine(root, text, blockEnd + 1))
            {
                blockEnd++;
            }

            if (LineRemoval.DoubledBlankLine(text, firstLine, blockEnd) is { } blank)
            {
                changes.Add(new TextChange(blank, string.Empty));
            }
        }

        return new Fix("Delete the line", [.. changes], Applicability.Unsafe);
    }

    /// <summary>A line that holds nothing but one boilerplate or language-bar node.</summary>
    private static bool IsChromeLine(DocumentSyntax root, SourceText text, int lineNumber)
    {
        var line = text.Lines[lineNumber];
        var start = line.Start;
        while (start < line.End && SyntaxFacts.IsWhitespace(text[start]))
        {
            start++;
        }

        if (start == line.End)
        {
            return false;
        }

        for (var node = (SyntaxNode?)root.FindNode(start); node is not null; node = node.Parent)
        {
            if (node.Kind is SyntaxKind.Boilerplate or SyntaxKind.LanguageBar)
            {
                return node.Span.Start <= start && !HasWords(text, TextSpan.FromBounds(Math.Min(node.Span.End, line.End), line.End));
            }
        }

        return false;
    }

    private static bool HasWords(SourceText text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
