using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Attribution;

/// <summary>SL3001: straight and curly double quotation marks mixed in one document. See MixedQuoteStyleRule.md.</summary>
public sealed class MixedQuoteStyleRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MixedQuoteStyle,
        "mixed-quote-style",
        title: "Straight and curly double quotes mixed",
        messageFormat: "{0} double quote {1}, but {2}",
        RuleCategory.Attribution,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(MixedQuoteStyleRule)),
        fix: FixAvailability.Always);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <summary>Which form to keep.</summary>
    public static RuleOption<string> Style { get; } = QuoteStyle.Option("double quotes");

    public override ImmutableArray<RuleOption> Options { get; } = [Style];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentStartAction(StartDocument);
    }

    private static void StartDocument(DocumentStartAnalysisContext context)
    {
        var straight = new List<SyntaxToken>();
        var curly = new List<SyntaxToken>();
        context.RegisterTokenAction(
            token =>
            {
                if (token.IsMissing || token.Width != 1)
                {
                    return;
                }

                switch (context.Tree.Text[token.Span.Start])
                {
                    case '"':
                        straight.Add(token);
                        break;
                    case '\u201C' or '\u201D':
                        curly.Add(token);
                        break;
                }
            },
            SyntaxKind.OpenQuoteToken,
            SyntaxKind.CloseQuoteToken);
        context.RegisterDocumentEndAction(() => Report(context, straight, curly));
    }

    private static void Report(DocumentAnalysisContext context, List<SyntaxToken> straight, List<SyntaxToken> curly)
    {
        if (QuoteStyle.WantsCurly(context.GetOption(Style), straight.Count, curly.Count) is not { } wantsCurly)
        {
            return;
        }

        var reason = QuoteStyle.Reason(context.GetOption(Style), wantsCurly);
        foreach (var token in wantsCurly ? straight : curly)
        {
            var replacement = !wantsCurly ? "\"" : token.Kind == SyntaxKind.OpenQuoteToken ? "\u201C" : "\u201D";
            var fix = Fix.Create($"Replace with {replacement}", new TextChange(token.Span, replacement), Applicability.Safe);
            context.Report(Descriptor, token.Span, fix, wantsCurly ? "straight" : "curly", token.Text, reason);
        }
    }
}
