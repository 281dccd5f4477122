using System.Text;
using Linter.Analysis;
using Linter.Cli.Formatters;
using Linter.Cli.LanguageServer.Protocol;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// What a hover shows: on a diagnostic, its rule (name, title, what it flags, page link); on a
/// reported claim or its source, the claim map where the writer is typing — who said it, the cue,
/// the content, and where it is answered, or that it is not.
/// </summary>
internal static class Hovers
{
    private const int MaxQuoted = 160;

    public static Hover? At(OpenDocument document, DocumentDiagnostics? diagnostics, DocumentTree? tree, int offset, PositionEncoding encoding)
    {
        var text = new StringBuilder();
        TextSpan? range = null;
        foreach (var diagnostic in diagnostics?.Reported ?? [])
        {
            var span = diagnostic.Location.Span;
            if (span.Start <= offset && offset <= span.End)
            {
                Separate(text);
                WriteDiagnostic(text, diagnostic);
                range ??= span;
            }
        }

        if (tree is not null && ClaimAt(tree.Semantics, offset) is { } claim)
        {
            Separate(text);
            WriteClaim(text, claim, tree.Syntax.Text);
            range ??= claim.Span;
        }

        if (text.Length == 0)
        {
            return null;
        }

        return new Hover
        {
            Contents = new MarkupContent { Kind = MarkupKind.Markdown, Value = text.ToString() },
            Range = range is { } r ? document.Lines.ToRange(r.Start, r.End, encoding) : null,
        };
    }

    /// <summary>The claim whose source, cue or content holds <paramref name="offset"/>; else the innermost claim whose sentence holds it.</summary>
    public static ReportedClaim? ClaimAt(SemanticModel model, int offset)
    {
        ReportedClaim? best = null;
        foreach (var claim in model.Claims)
        {
            if (Contains(claim.Source.Span, offset) || Contains(claim.Cue.Span, offset) || (claim.Content is { } content && Contains(content.Span, offset)))
            {
                if (best is null || claim.Span.Length < best.Span.Length)
                {
                    best = claim;
                }
            }
        }

        return best;
    }

    private static bool Contains(TextSpan span, int offset) => span.Start <= offset && offset <= span.End;

    private static void WriteDiagnostic(StringBuilder text, Analysis.Diagnostic diagnostic)
    {
        var descriptor = diagnostic.Descriptor;
        text.Append("**").Append(descriptor.Id).Append("** `").Append(descriptor.Name).Append("`: ").Append(Escape(descriptor.Title)).Append("\n\n");
        text.Append(Escape(diagnostic.Message)).Append("\n\n");
        if (RulePages.Summary(descriptor) is { } summary)
        {
            text.Append(summary).Append("\n\n");
        }

        var fix = diagnostic.Fix is { } f ? $"fix: {(f.Applicability == Applicability.Safe ? "safe" : "unsafe")}" : "no fix";
        text.Append('*').Append(SeverityNames.Of(diagnostic.Severity)).Append(", ").Append(fix).Append('*');
        if (ToolInfo.HelpUri(descriptor.HelpLink) is { } href)
        {
            text.Append(" · [rule page](").Append(href).Append(')');
        }

        text.Append('\n');
    }

    private static void WriteClaim(StringBuilder text, ReportedClaim claim, SourceText source)
    {
        text.Append("**Claim** by **").Append(Escape(Quote(claim.Source.ToString()))).Append("**");
        if (claim.IsPronoun)
        {
            text.Append(" (read as `").Append(claim.SourceKey).Append("`)");
        }

        text.Append("\n\n");
        text.Append("- cue: ").Append(Escape(Quote(claim.Cue.ToString()))).Append('\n');
        text.Append("- content: ").Append(claim.Content is { } content ? "“" + Escape(Quote(content.ToString())) + "”" : "none").Append('\n');
        text.Append("- side: ").Append(claim.Side == ClaimSide.Own ? "own" : "other");
        if (claim.IsContested)
        {
            text.Append(", contested");
        }

        text.Append('\n');
        if (claim.Turn is { } turn)
        {
            text.Append("- reported by: ").Append(Escape(turn.Speaker)).Append(" (").Append(turn.Role).Append(", turn ").Append(turn.Index + 1).Append(")\n");
        }

        if (claim.Answer is { } answer)
        {
            var line = source.Lines.GetLinePosition(answer.Span.Start).Line + 1;
            text.Append("- answered on line ").Append(line).Append(": “").Append(Escape(Quote(answer.ToString()))).Append("”\n");
        }
        else
        {
            text.Append("- **not answered**").Append(claim.IsContested ? " (the document contests this source)" : "").Append('\n');
        }
    }

    /// <summary>One line of at most <see cref="MaxQuoted"/> characters: spaces and line breaks folded.</summary>
    private static string Quote(string value)
    {
        var folded = string.Join(' ', value.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return folded.Length <= MaxQuoted ? folded : folded[..MaxQuoted] + "…";
    }

    /// <summary>Document text shown as Markdown must not become markup.</summary>
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static void Separate(StringBuilder text)
    {
        if (text.Length > 0)
        {
            text.Append("\n---\n\n");
        }
    }
}
