using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// Navigation over the claim map: from a claim to what answers it (<c>textDocument/definition</c>),
/// and from a source to every claim attributed to it in the document (<c>textDocument/references</c>).
/// </summary>
internal static class ClaimNavigation
{
    /// <summary>The rebuttal or answer turn that answers the claim at <paramref name="offset"/>; none when it is unanswered or there is no claim there.</summary>
    public static Location[] Answer(DocumentTree tree, OpenDocument document, int offset, PositionEncoding encoding)
    {
        if (Hovers.ClaimAt(tree.Semantics, offset) is not { Answer: { } answer })
        {
            return [];
        }

        return [new Location { Uri = document.Uri, Range = document.Lines.ToRange(answer.Span.Start, answer.Span.End, encoding) }];
    }

    /// <summary>The sources of every claim whose source is the source of the claim at <paramref name="offset"/> (normalised, so "Pompeo" and "Secretary Pompeo" are one), in document order.</summary>
    public static Location[] ClaimsOfSource(DocumentTree tree, OpenDocument document, int offset, PositionEncoding encoding)
    {
        if (Hovers.ClaimAt(tree.Semantics, offset) is not { } claim)
        {
            return [];
        }

        return
        [
            .. tree.Semantics.Claims
                .Where(c => c.SourceKey == claim.SourceKey)
                .Select(c => new Location { Uri = document.Uri, Range = document.Lines.ToRange(c.Source.Span.Start, c.Source.Span.End, encoding) }),
        ];
    }
}
