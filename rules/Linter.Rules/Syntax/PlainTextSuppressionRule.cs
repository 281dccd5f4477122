using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Syntax;

/// <summary>
/// SL0005: a <c>&lt;!-- stmtlint-disable… --&gt;</c> directive in a plain-text document, where it is
/// text, not a comment, and suppresses nothing. See PlainTextSuppressionRule.md.
/// </summary>
/// <remarks>
/// In the SL0003/SL0004 block because it is about suppression comments, but an ordinary rule rather
/// than descriptor-only: the suppression filter reads comment tokens, and plain text has none.
/// </remarks>
public sealed partial class PlainTextSuppressionRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PlainTextSuppression,
        "suppression-in-plain-text",
        title: "A suppression comment in a plain-text document does nothing",
        messageFormat: "'{0}' does nothing in a plain-text document, which has no comments: turn rules off for files with 'overrides:' in .stmtlint.yaml, or adopt a baseline (check --write-baseline)",
        RuleCategory.Syntax,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(PlainTextSuppressionRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        if (context.Tree.Format != DocumentFormat.PlainText)
        {
            return;
        }

        foreach (var line in context.Tree.Text.Lines)
        {
            var text = context.Tree.Text.ToString(line.Span);
            foreach (Match match in Directive().Matches(text))
            {
                context.Report(Descriptor, new TextSpan(line.Start + match.Index, match.Length), match.Groups["directive"].Value);
            }
        }
    }

    /// <summary>The opening of a directive as the suppression comment parser reads it in Markdown, up to the comment's end or the line's.</summary>
    [GeneratedRegex(@"<!--\s*(?<directive>stmtlint-(?:disable-next-line|disable-line|disable|enable))\b.*?(?:-->|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Directive();
}
