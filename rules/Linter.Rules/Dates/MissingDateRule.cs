using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Rules.Claims;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Dates;

/// <summary>SL2001: the document gives no date anywhere a date belongs. See MissingDateRule.md.</summary>
public sealed class MissingDateRule : Rule
{
    /// <summary>The front-matter keys that hold a date; front-matter keys are a schema, not prose vocabulary, so a house schema can add its own.</summary>
    public static RuleOption<IReadOnlyList<string>> DateKeys { get; } =
        RuleOption.TextList("date-keys", ["date", "published_time", "date_published"], "The front-matter keys that hold the document's date.");

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MissingDate,
        "missing-date",
        title: "Document has no date",
        messageFormat: "the document has no date: add a 'date' to the front matter, a dateline to the title or a publish stamp",
        RuleCategory.Dates,
        Severity.Error,
        helpLink: RulePage.Of(typeof(MissingDateRule)));

    /// <summary>A paragraph of at most this many tokens that holds a date is a date line or sign-off ("SINGAPORE, 2 FEBRUARY 2021").</summary>
    private const int DateLineTokens = 8;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOption> Options { get; } = [DateKeys];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        var root = context.Root;
        if (root.FrontMatter?.HasValueForAny(context.GetOption(DateKeys)) == true)
        {
            return;
        }

        foreach (var date in context.SemanticModel.Dates)
        {
            if (date.Placement is DatePlacement.Dateline or DatePlacement.Title or DatePlacement.PublishStamp
                || (date.Placement == DatePlacement.Body && date.Token is { } token && IsDateLine(token)))
            {
                return;
            }
        }

        context.Report(Descriptor, ReportSpan(root, root.Header?.Title));
    }

    /// <summary>A date standing on a short line of its own: a date line under the title or a sign-off.</summary>
    private static bool IsDateLine(SyntaxToken token)
    {
        var paragraph = token.Parent.AncestorsAndSelf().FirstOrDefault(n => n.Kind == SyntaxKind.Paragraph);
        return paragraph is not null && paragraph.DescendantTokens().Take(DateLineTokens + 1).Count() <= DateLineTokens;
    }

    private static TextSpan ReportSpan(DocumentSyntax root, TitleSyntax? title)
    {
        if (title is not null)
        {
            return title.Span;
        }

        // The end-of-file token has no text; a document with nothing else gets an empty span at its start.
        return root.FirstToken() is { Kind: not SyntaxKind.EndOfFileToken } first ? first.Span : new TextSpan(0, 0);
    }
}
