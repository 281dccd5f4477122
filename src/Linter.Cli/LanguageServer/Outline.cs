using Linter.Analysis;
using Linter.Cli.LanguageServer.Protocol;
using Linter.Syntax;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// The document's outline (<c>textDocument/documentSymbol</c>): the header, each turn by its
/// speaker, and inside each turn the claims it reports, so a long transcript can be walked by who
/// speaks and who they quote.
/// </summary>
internal static class Outline
{
    public static DocumentSymbol[] Of(DocumentTree tree, LineMap lines, PositionEncoding encoding)
    {
        var model = tree.Semantics;
        var root = tree.Syntax.Root;
        var symbols = new List<DocumentSymbol>();
        var claimsByTurn = model.Claims.GroupBy(c => c.Turn?.Index ?? -1).ToDictionary(g => g.Key, g => g.ToList());

        if (root.Header is { } header && header.Span.Length > 0)
        {
            var title = header.Title?.ToString().Trim();
            symbols.Add(Symbol("Header", title, SymbolKind.Module, header, header.Title ?? (SyntaxNode)header, lines, encoding, null));
        }

        if (claimsByTurn.TryGetValue(-1, out var outside))
        {
            symbols.AddRange(outside.Select(c => ClaimSymbol(c, lines, encoding)));
        }

        foreach (var turn in model.Turns)
        {
            var claims = claimsByTurn.TryGetValue(turn.Index, out var list) ? list.Select(c => ClaimSymbol(c, lines, encoding)).ToArray() : null;
            var role = turn.Role == SpeakerRole.Questioner ? "question" : "answer";
            var detail = claims is null ? role : $"{role}, {claims.Length} {(claims.Length == 1 ? "claim" : "claims")}";
            symbols.Add(Symbol(turn.Speaker, detail, SymbolKind.Class, turn.Turn, turn.Label, lines, encoding, claims));
        }

        return [.. symbols];
    }

    private static DocumentSymbol ClaimSymbol(ReportedClaim claim, LineMap lines, PositionEncoding encoding)
    {
        var span = claim.Holder.Span;
        var status = claim.IsAnswered ? "answered" : claim.IsContested ? "not answered" : "no answer needed";
        return new DocumentSymbol
        {
            Name = $"{OneLine(claim.Source.ToString())} {OneLine(claim.Cue.ToString())}",
            Detail = status,
            Kind = SymbolKind.Event,
            Range = lines.ToRange(span.Start, span.End, encoding),
            SelectionRange = lines.ToRange(claim.Source.Span.Start, claim.Source.Span.End, encoding),
        };
    }

    private static DocumentSymbol Symbol(string name, string? detail, SymbolKind kind, SyntaxNode node, SyntaxNode selection, LineMap lines, PositionEncoding encoding, DocumentSymbol[]? children) => new()
    {
        // An empty name is not allowed by the protocol.
        Name = OneLine(name) is { Length: > 0 } n ? n : "(unnamed)",
        Detail = detail is null ? null : OneLine(detail),
        Kind = kind,
        Range = lines.ToRange(node.Span.Start, node.Span.End, encoding),
        SelectionRange = lines.ToRange(selection.Span.Start, selection.Span.End, encoding),
        Children = children,
    };

    private static string OneLine(string value)
    {
        var folded = string.Join(' ', value.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return folded.Length <= 80 ? folded : folded[..80] + "…";
    }
}
