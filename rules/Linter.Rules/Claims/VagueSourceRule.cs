using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Claims;

/// <summary>SL1005: a claim attributed to no one in particular. See VagueSourceRule.md.</summary>
public sealed class VagueSourceRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.VagueSource,
        "vague-source",
        title: "Claim attributed to no one in particular",
        messageFormat: "'{0}' names no source: say who",
        RuleCategory.Claims,
        Severity.Info,
        helpLink: RulePage.Of(typeof(VagueSourceRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        // A claim whose source is a vague group: "some people say", "critics claim", "some media reported".
        foreach (var claim in context.SemanticModel.Claims)
        {
            if (claim.IsVague)
            {
                context.Report(Descriptor, claim.Source.Span, claim.Source.ToString());
            }
        }

        // An impersonal attribution, which no claim holds: "it is said that", "there are voices claiming".
        var phrases = context.Tree.Options.Vocabulary.VagueAttributions;
        var words = new List<string>(4);
        var tokens = new List<SyntaxToken>(4);
        foreach (var token in context.Root.DescendantTokens(SyntaxKind.WordToken))
        {
            // A word of a claim's source was judged with its claim above; asked of the token's parents, not of every claim.
            if (!phrases.StartsAnyPhrase(token.Text.AsSpan()) || token.Parent.Kind == SyntaxKind.ClaimSource)
            {
                continue;
            }

            words.Clear();
            tokens.Clear();
            for (SyntaxToken? next = token; next is { Kind: SyntaxKind.WordToken } word && words.Count < 4; next = word.GetNextToken())
            {
                words.Add(word.Text);
                tokens.Add(word);
            }

            var length = phrases.MatchPrefix(words);
            if (length > 0)
            {
                var span = TextSpan.FromBounds(tokens[0].Span.Start, tokens[length - 1].Span.End);
                context.Report(Descriptor, span, context.Tree.Text.ToString(span));
            }
        }
    }
}
