using System.Text.Json;
using Linter.Analysis;
using Linter.Cli.Formatters;
using Linter.Cli.LanguageServer.Protocol;
using LintDiagnostic = Linter.Analysis.Diagnostic;
using LspDiagnostic = Linter.Cli.LanguageServer.Protocol.Diagnostic;

namespace Linter.Cli.LanguageServer;

/// <summary>An analysis diagnostic as the protocol carries it.</summary>
internal static class DiagnosticConverter
{
    /// <summary>
    /// <paramref name="diagnostic"/> in <paramref name="encoding"/>: its range from its span's
    /// offsets, its message as written, the rule ID as code with the rule page as description, and its
    /// fix in <c>data</c>. Hidden diagnostics are never sent, so they have no severity here.
    /// </summary>
    public static LspDiagnostic ToProtocol(LintDiagnostic diagnostic, LineMap lines, PositionEncoding encoding, int version)
    {
        var span = diagnostic.Location.Span;
        var data = new DiagnosticData { Version = version, Fix = diagnostic.Fix is { } fix ? ToFixData(fix, lines, encoding) : null };
        return new LspDiagnostic
        {
            Range = lines.ToRange(span.Start, span.End, encoding),
            Severity = diagnostic.Severity switch
            {
                Severity.Error => DiagnosticSeverity.Error,
                Severity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Information,
            },
            Code = diagnostic.Id,
            CodeDescription = ToolInfo.HelpUri(diagnostic.Descriptor.HelpLink) is { } href ? new CodeDescription { Href = href } : null,
            Source = StmtlintLanguageServer.DiagnosticSource,
            Message = diagnostic.Message,
            Data = JsonSerializer.SerializeToElement(data, LspJsonContext.Default.DiagnosticData),
        };
    }

    public static FixData ToFixData(Fix fix, LineMap lines, PositionEncoding encoding) => new()
    {
        Title = fix.Title,
        Applicability = fix.Applicability == Applicability.Safe ? "safe" : "unsafe",
        Edits = [.. fix.Changes.Select(c => new TextEdit { Range = lines.ToRange(c.Span.Start, c.Span.End, encoding), NewText = c.NewText ?? "" })],
    };
}
