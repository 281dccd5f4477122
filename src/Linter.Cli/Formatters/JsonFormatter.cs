using System.Text.Json;
using Linter.Analysis;

namespace Linter.Cli.Formatters;

/// <summary>
/// The <c>json</c> format: one object, versioned by its top-level <c>version</c> (bumped on any
/// incompatible change) and described by <c>docs/schema/stmtlint-output.schema.json</c>.
/// Offsets are UTF-16 code units, lines and columns 1-based, spans half-open.
/// </summary>
internal sealed class JsonFormatter : IOutputFormatter
{
    /// <summary>The version of the output's shape, independent of the tool's version.</summary>
    public const int FormatVersion = 1;

    private JsonTextOutput? _output;

    // The summary comes last in the document, so everything can be written in order as it comes.
    public void Start(TextWriter writer)
    {
        _output = new JsonTextOutput(writer);
        var json = _output.Json;
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartArray("files");
    }

    public void WriteFile(FileReport file)
    {
        var output = Started();
        var json = output.Json;
        json.WriteStartObject();
        json.WriteString("path", file.DisplayPath.Replace('\\', '/'));
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        output.Flush();
    }

    public void End(RunTotals totals, TimeSpan elapsed)
    {
        var output = Started();
        var json = output.Json;
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", totals.Files);
        json.WriteNumber("errors", totals.Errors);
        json.WriteNumber("warnings", totals.Warnings);
        json.WriteNumber("infos", totals.Infos);
        json.WriteNumber("fixable", totals.Fixable);
        json.WriteNumber("fixableSafe", totals.SafeFixable);
        json.WriteNumber("fixableUnsafe", totals.UnsafeFixable);
        json.WriteNumber("elapsedMilliseconds", (long)elapsed.TotalMilliseconds);
        json.WriteEndObject();
        json.WriteEndObject();
        output.Finish();
    }

    public void Dispose() => _output?.Dispose();

    private JsonTextOutput Started() => _output ?? throw new InvalidOperationException("Start was not called");

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("name", diagnostic.Descriptor.Name);
        json.WriteString("severity", SeverityNames.Of(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        WriteSpan(json, "span", location.Span.Start, location.Span.End);
        WritePosition(json, "start", location.LineSpan.Start.Line, location.LineSpan.Start.Character);
        WritePosition(json, "end", location.LineSpan.End.Line, location.LineSpan.End.Character);
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteString("applicability", fix.Applicability == Applicability.Safe ? "safe" : "unsafe");
            json.WriteStartArray("edits");
            foreach (var change in fix.Changes)
            {
                json.WriteStartObject();
                WriteSpan(json, "span", change.Span.Start, change.Span.End);
                json.WriteString("newText", change.NewText ?? string.Empty);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("fix");
        }

        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, int start, int end)
    {
        json.WriteStartObject(name);
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, string name, int line, int character)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", line + 1);
        json.WriteNumber("column", character + 1);
        json.WriteEndObject();
    }
}
