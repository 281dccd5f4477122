using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Attribution;

/// <summary>SL3003: straight (') and curly (’) apostrophes mixed in one document. See MixedApostropheStyleRule.md.</summary>
public sealed class MixedApostropheStyleRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MixedApostropheStyle,
        "mixed-apostrophe-style",
        title: "Straight and curly apostrophes mixed",
        messageFormat: "{0} apostrophe in '{1}', but {2}",
        RuleCategory.Attribution,
        Severity.Info,
        helpLink: RulePage.Of(typeof(MixedApostropheStyleRule)),
        fix: FixAvailability.Always);

    private const char StraightApostrophe = '\'';
    private const char CurlyApostrophe = '\u2019';

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <summary>Which form to keep.</summary>
    public static RuleOption<string> Style { get; } = QuoteStyle.Option("apostrophes");

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
                if (token.Width != 1)
                {
                    return;
                }

                var c = context.Tree.Text[token.Span.Start];
                if (c == StraightApostrophe)
                {
                    straight.Add(token);
                }
                else if (c == CurlyApostrophe)
                {
                    curly.Add(token);
                }
            },
            SyntaxKind.ApostropheToken);
        context.RegisterDocumentEndAction(() => Report(context, straight, curly));
    }

    private static void Report(DocumentAnalysisContext context, List<SyntaxToken> straight, List<SyntaxToken> curly)
    {
        var text = context.Tree.Text;
        if (QuoteStyle.WantsCurly(context.GetOption(Style), straight.Count, curly.Count) is not { } wantsCurly)
        {
            return;
        }

        var reason = QuoteStyle.Reason(context.GetOption(Style), wantsCurly);
        var replacement = wantsCurly ? CurlyApostrophe.ToString() : StraightApostrophe.ToString();
        foreach (var token in wantsCurly ? straight : curly)
        {
            var fix = Fix.Create($"Replace with {replacement}", new TextChange(token.Span, replacement), Applicability.Safe);
            context.Report(Descriptor, token.Span, fix, wantsCurly ? "straight" : "curly", WordAround(text, token.Span), reason);
        }
    }

    /// <summary>The word the apostrophe belongs to, "one's" or "parties'", so that the message names something a reader can find.</summary>
    private static string WordAround(SourceText text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text.ToString(TextSpan.FromBounds(start, end));
    }
}
