using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Dates;

/// <summary>SL2005: a document without a title. See MissingTitleRule.md.</summary>
public sealed class MissingTitleRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MissingTitle,
        "missing-title",
        title: "Document has no title",
        messageFormat: "the document has no title: add a title line (a '# ' heading in Markdown) or a 'title' to the front matter",
        RuleCategory.Dates,
        Severity.Error,
        helpLink: RulePage.Of(typeof(MissingTitleRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        if (context.SemanticModel.Title is not null)
        {
            return;
        }

        var root = context.Root;
        var first = root.FirstToken();
        context.Report(Descriptor, first is { Kind: not SyntaxKind.EndOfFileToken } token ? token.Span : new TextSpan(0, 0));
    }
}
