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
        helpLink: "rules/Linter.Rules/Boilerplate/PageBoilerplateRule.md",
        fix: FixAvailability.Sometimes);

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
        var text = context.Tree.Text;
        var fix = DeleteLines(text, span);
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
    private static Fix? DeleteLines(SourceText text, TextSpan span)
    {
        var first = text.Lines.GetLineFromPosition(span.Start);
        var last = text.Lines.GetLineFromPosition(span.End);
        if (HasWords(text, TextSpan.FromBounds(first.Start, span.Start)) || HasWords(text, TextSpan.FromBounds(span.End, last.End)))
        {
            return null;
        }

        // Unsafe: a line that matches the chrome vocabulary can still be wanted text ("Print" as a one-word answer).
        var deletion = new TextChange(TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak), string.Empty);
        return Fix.Create("Delete the line", deletion, Applicability.Unsafe);
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
