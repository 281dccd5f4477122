using Linter.Analysis;
using Linter.Cli.Fixing;
using Linter.Cli.LanguageServer.Protocol;
using Microsoft.CodeAnalysis.Text;
using LintDiagnostic = Linter.Analysis.Diagnostic;
using LspDiagnostic = Linter.Cli.LanguageServer.Protocol.Diagnostic;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// The code actions at a range, from the diagnostics already known for the document's version (no
/// lint is run to answer): a quick fix per diagnostic with a fix, labelled safe or unsafe; in
/// Markdown, a comment that disables the rule for the next line; the rule's documentation; and
/// <c>source.fixAll.stmtlint</c>, every safe fix at once.
/// </summary>
internal static class CodeActions
{
    public static CodeAction[] For(OpenDocument document, DocumentDiagnostics diagnostics, CodeActionParams parameters, PositionEncoding encoding)
    {
        var only = parameters.Context.Only;
        var quickFixes = Wants(only, CodeActionKind.QuickFix);
        var fixAll = Wants(only, CodeActionKind.SourceFixAllStmtlint);
        var lines = document.Lines;
        var start = lines.ToOffset(parameters.Range.Start, encoding);
        var end = lines.ToOffset(parameters.Range.End, encoding);
        var actions = new List<CodeAction>();
        if (quickFixes)
        {
            for (var i = 0; i < diagnostics.Reported.Count; i++)
            {
                var diagnostic = diagnostics.Reported[i];
                var span = diagnostic.Location.Span;
                if (span.Start > end || span.End < start)
                {
                    continue;
                }

                var sent = diagnostics.Sent[i];
                if (diagnostic.Fix is { } fix)
                {
                    var safe = fix.Applicability == Applicability.Safe;
                    actions.Add(new CodeAction
                    {
                        Title = $"{fix.Title} ({(safe ? "safe" : "unsafe")} fix, {diagnostic.Id})",
                        Kind = CodeActionKind.QuickFix,
                        Diagnostics = [sent],
                        IsPreferred = safe,
                        Edit = Edit(document.Uri, DiagnosticConverter.ToFixData(fix, lines, encoding).Edits),
                    });
                }

                if (document.IsMarkdown)
                {
                    actions.Add(DisableForLine(document, diagnostic, sent, encoding));
                }

                actions.Add(new CodeAction
                {
                    Title = $"Show documentation for {diagnostic.Id} ({diagnostic.Descriptor.Name})",
                    Kind = CodeActionKind.QuickFix,
                    Diagnostics = [sent],
                    Command = new Command
                    {
                        Title = $"Show documentation for {diagnostic.Id}",
                        CommandIdentifier = StmtlintLanguageServer.ShowDocumentationCommand,
                        Arguments = [System.Text.Json.JsonSerializer.SerializeToElement(diagnostic.Id, LspJsonContext.Default.String)],
                    },
                });
            }
        }

        if (fixAll && FixAll(document, diagnostics.Analysis, encoding) is { } all)
        {
            actions.Add(all);
        }

        return [.. actions];
    }

    /// <summary>Whether a request restricted to <paramref name="only"/> kinds asks for <paramref name="kind"/>: a kind covers the kinds beneath it (source covers source.fixAll.stmtlint).</summary>
    private static bool Wants(string[]? only, string kind) =>
        only is null || only.Any(k => kind == k || kind.StartsWith(k + ".", StringComparison.Ordinal));

    /// <summary>
    /// Every safe fix of the known diagnostics that does not overlap an earlier one, in one edit. One
    /// pass, not check's fixpoint: the edit is made from what is known, and a fix that the applied ones
    /// make possible shows up in the next version's diagnostics.
    /// </summary>
    private static CodeAction? FixAll(OpenDocument document, IReadOnlyList<LintDiagnostic> diagnostics, PositionEncoding encoding)
    {
        var safe = DocumentFixer.Allowed([.. diagnostics], Applicability.Safe).ToList();
        if (safe.Count == 0)
        {
            return null;
        }

        var (fixedText, applied) = FixApplier.Apply(SourceText.From(document.Text), safe);
        if (applied == 0)
        {
            return null;
        }

        var edit = MinimalEdit(document.Text, fixedText.ToString(), document.Lines, encoding);
        return new CodeAction
        {
            Title = $"Fix all safe stmtlint problems ({applied})",
            Kind = CodeActionKind.SourceFixAllStmtlint,
            Edit = Edit(document.Uri, [edit]),
        };
    }

    /// <summary>The one edit that turns <paramref name="before"/> into <paramref name="after"/>: the part between their common start and end.</summary>
    public static TextEdit MinimalEdit(string before, string after, LineMap lines, PositionEncoding encoding)
    {
        var prefix = 0;
        var most = Math.Min(before.Length, after.Length);
        while (prefix < most && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < most - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        // Never split a surrogate pair: an edit boundary must fall between characters in every encoding.
        if (prefix > 0 && char.IsHighSurrogate(before[prefix - 1]))
        {
            prefix--;
        }

        if (suffix > 0 && char.IsLowSurrogate(before[before.Length - suffix]))
        {
            suffix--;
        }

        return new TextEdit
        {
            Range = lines.ToRange(prefix, before.Length - suffix, encoding),
            NewText = after.Substring(prefix, after.Length - suffix - prefix),
        };
    }

    /// <summary>Inserts <c>&lt;!-- stmtlint-disable-next-line ID --&gt;</c> above the diagnostic's line, indented as it is.</summary>
    private static CodeAction DisableForLine(OpenDocument document, LintDiagnostic diagnostic, LspDiagnostic sent, PositionEncoding encoding)
    {
        var lines = document.Lines;
        var line = lines.ToPosition(diagnostic.Location.Span.Start, PositionEncoding.Utf16).Line;
        var lineStart = lines.LineStart(line);
        var indent = 0;
        while (lineStart + indent < document.Text.Length && document.Text[lineStart + indent] is ' ' or '\t')
        {
            indent++;
        }

        var newLine = document.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var comment = $"{document.Text.AsSpan(lineStart, indent)}<!-- stmtlint-disable-next-line {diagnostic.Id} -->{newLine}";
        var at = lines.ToPosition(lineStart, encoding);
        return new CodeAction
        {
            Title = $"Disable {diagnostic.Id} for this line",
            Kind = CodeActionKind.QuickFix,
            Diagnostics = [sent],
            Edit = Edit(document.Uri, [new TextEdit { Range = new Protocol.Range { Start = at, End = at }, NewText = comment }]),
        };
    }

    private static WorkspaceEdit Edit(string uri, TextEdit[] edits) => new() { Changes = new Dictionary<string, TextEdit[]>(StringComparer.Ordinal) { [uri] = edits } };
}
