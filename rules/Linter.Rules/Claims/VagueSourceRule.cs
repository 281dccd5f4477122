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
        context.RegisterDocumentStartAction(StartDocument);
    }

    private static void StartDocument(DocumentStartAnalysisContext context)
    {
        // A claim whose source is a vague group: "some people say", "critics claim", "some media reported".
        foreach (var claim in context.SemanticModel.Claims)
        {
            if (claim.IsVague)
            {
                context.Report(Descriptor, claim.Source.Span, claim.Source.ToString());
            }
        }

        // An impersonal attribution, which no claim holds: "it is said that", "there are voices claiming". Words are read
        // during the engine's one token walk, as spans of the document's text: a walk and a string per word of the
        // corpus were most of this rule's cost.
        var phrases = context.Tree.Options.Vocabulary.VagueAttributions;
        var text = context.Tree.Text.ToString();
        var words = new List<string>(4);
        var tokens = new List<SyntaxToken>(4);
        context.RegisterTokenAction(
            token =>
            {
                var span = token.Span;
                if (!phrases.StartsAnyPhrase(text.AsSpan(span.Start, span.Length)))
                {
                    return;
                }

                // A word of a claim's source or cue was judged with its claim above ("There are reports that …" is a claim
                // of "reports"); asked of the token's parents, not of every claim.
                if (token.Parent.Kind is SyntaxKind.ClaimSource or SyntaxKind.ClaimCue)
                {
                    return;
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
                    var found = TextSpan.FromBounds(tokens[0].Span.Start, tokens[length - 1].Span.End);
                    context.Report(Descriptor, found, context.Tree.Text.ToString(found));
                }
            },
            SyntaxKind.WordToken);
    }
}
