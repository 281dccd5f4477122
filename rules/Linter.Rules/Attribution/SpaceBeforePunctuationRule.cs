using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Attribution;

/// <summary>SL3006: whitespace between a word and the punctuation mark after it, as in "democracy .". See SpaceBeforePunctuationRule.md.</summary>
public sealed class SpaceBeforePunctuationRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.SpaceBeforePunctuation,
        "space-before-punctuation",
        title: "Whitespace before a punctuation mark",
        messageFormat: "whitespace ({0}) before '{1}'",
        RuleCategory.Attribution,
        Severity.Info,
        helpLink: RulePage.Of(typeof(SpaceBeforePunctuationRule)),
        fix: FixAvailability.Always);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentStartAction(StartDocument);
    }

    // Punctuation tokens only: the tokens around a mark are asked for when there is whitespace before it, which is rare,
    // rather than followed through every token of the document.
    private static void StartDocument(DocumentStartAnalysisContext context)
    {
        var text = context.Tree.Text;
        context.RegisterTokenAction(token => AnalyzeMark(context, text, token), SyntaxKind.PunctuationToken);
    }

    private static void AnalyzeMark(DocumentAnalysisContext context, SourceText text, SyntaxToken mark)
    {
        var start = mark.Span.Start;
        if (mark.Width != 1 || !IsCheckedMark(text[start]) || start == 0 || !SyntaxFacts.IsWhitespace(text[start - 1]))
        {
            return;
        }

        // Before the mark, the nearest token with text; after it, the very next token, whatever its width: "2 :1" and
        // ".NET" are told apart by what touches the mark.
        Check(context, text, mark.GetPreviousToken(), mark, mark.GetNextToken(includeZeroWidth: true));
    }

    private static void Check(DocumentAnalysisContext context, SourceText text, SyntaxToken? previous, SyntaxToken mark, SyntaxToken? next)
    {
        // The colon after a front-matter key is YAML syntax, not prose.
        if (previous is not { } before || WhitespaceNames.IsInCode(mark) || mark.Parent.Kind is SyntaxKind.MetadataEntry or SyntaxKind.FrontMatter)
        {
            return;
        }

        // The whitespace must sit between the mark and a token on the same line: punctuation that opens a line, such as
        // "..." leaders or a list of ". . .", has nothing before it to stick to.
        var gap = TextSpan.FromBounds(before.Span.End, mark.Span.Start);
        var start = mark.Span.Start;
        while (start > gap.Start && SyntaxFacts.IsWhitespace(text[start - 1]))
        {
            start--;
        }

        if (start == mark.Span.Start || ContainsLineBreak(text, gap))
        {
            return;
        }

        var c = text[mark.Span.Start];
        var attachedToNext = next is { } after && after.Span.Start == mark.Span.End;

        // ".NET", ".5" and ".gov" start with a dot rather than end a word, and in "2 :1" the colon joins two numbers.
        if (attachedToNext && (c == '.' || (c == ':' && before.Kind == SyntaxKind.NumberToken && next!.Value.Kind == SyntaxKind.NumberToken)))
        {
            return;
        }

        var whitespace = TextSpan.FromBounds(start, mark.Span.Start);
        var fix = Fix.Create($"Remove the whitespace before '{c}'", new TextChange(whitespace, string.Empty), Applicability.Safe);
        context.Report(Descriptor, TextSpan.FromBounds(start, mark.Span.End), fix, WhitespaceNames.Describe(text.ToString(whitespace)), c.ToString());
    }

    private static bool IsCheckedMark(char c) => c is '.' or ',' or ';' or ':' or '!' or '?';

    private static bool ContainsLineBreak(SourceText text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (SyntaxFacts.IsLineBreak(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
