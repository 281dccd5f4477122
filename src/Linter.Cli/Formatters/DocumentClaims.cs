using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Formatters;

/// <summary>One reported claim of a document as a report shows it: spans into the text, not syntax nodes, so nothing of the tree outlives it.</summary>
/// <param name="Source">Who the claim is attributed to.</param>
/// <param name="Cue">The reporting verb group.</param>
/// <param name="Content">What is reported, when the claim has content.</param>
/// <param name="Speaker">The speaker of the turn that reports it, when it is in a turn.</param>
/// <param name="Own">True when the source is the reporting side.</param>
/// <param name="Answer">What answers it, when something does.</param>
/// <param name="Contested">True when the document contests the source.</param>
internal sealed record DocumentClaim(TextSpan Source, TextSpan Cue, TextSpan? Content, string? Speaker, bool Own, TextSpan? Answer, bool Contested);

/// <summary>The claim map of one document (<c>stmtlint claims</c>), read again from its text for a report that shows it.</summary>
internal static class DocumentClaims
{
    /// <summary>Parses <paramref name="text"/> as the document's configuration has it and reads its semantic model's claims.</summary>
    public static ImmutableArray<DocumentClaim> Read(SourceText text, string path, EffectiveConfiguration configuration)
    {
        var tree = SyntaxTree.Parse(text, path, configuration.Parse);
        var model = new SemanticModel(tree, configuration.Analysis);
        return [.. model.Claims.Select(c => new DocumentClaim(
            c.Source.Span, c.Cue.Span, c.Content?.Span, c.Turn?.Speaker, c.Side == ClaimSide.Own, c.Answer?.Span, c.IsContested))];
    }
}
