using System.Text.Json;
using Linter.Analysis;

namespace Linter.Cli.Formatters;

/// <summary>
/// The <c>sarif</c> format: SARIF 2.1.0 for code scanning. One run; the driver lists the rules that
/// have results (ID, name, descriptions, help URI, default level) and each result points at its rule
/// by index. Artifact URIs are relative to <c>%SRCROOT%</c>, the working directory, so uploads match
/// the repository's paths; regions are 1-based in UTF-16 columns, as <c>columnKind</c> says.
/// </summary>
internal sealed class SarifFormatter : IOutputFormatter
{
    private const string SourceRoot = "%SRCROOT%";
    private readonly string _currentDirectory;

    public SarifFormatter(string currentDirectory) => _currentDirectory = currentDirectory;

    public void Write(LintRun run, TextWriter writer)
    {
        var rules = run.Files
            .SelectMany(f => f.Diagnostics)
            .Select(d => d.Descriptor)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", DirectoryUri(_currentDirectory));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var file in run.Files)
            {
                foreach (var diagnostic in file.Diagnostics)
                {
                    WriteResult(json, file.DisplayPath, diagnostic, ruleIndex[diagnostic.Id]);
                }
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", FullDescription(rule));
            if (ToolInfo.HelpUri(rule.HelpLink) is { } help)
            {
                json.WriteString("helpUri", help);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteBoolean("enabled", rule.IsEnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, string displayPath, Diagnostic diagnostic, int ruleIndex)
    {
        var span = diagnostic.Location.LineSpan;
        var uri = RelativeUri(displayPath);
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, "message", Sentence(diagnostic.Message));
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, uri);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.Start.Line + 1);
        json.WriteNumber("startColumn", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
        json.WriteNumber("charOffset", diagnostic.Location.Span.Start);
        json.WriteNumber("charLength", diagnostic.Location.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            WriteMessage(json, "description", Sentence(fix.Title));
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, uri);
            json.WriteStartArray("replacements");
            foreach (var change in fix.Changes)
            {
                json.WriteStartObject();
                json.WriteStartObject("deletedRegion");
                json.WriteNumber("charOffset", change.Span.Start);
                json.WriteNumber("charLength", change.Span.Length);
                json.WriteEndObject();
                json.WriteStartObject("insertedContent");
                json.WriteString("text", change.NewText ?? string.Empty);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string FullDescription(DiagnosticDescriptor rule) => Sentence(RuleSummaryText.FullDescription(rule));

    /// <summary>SARIF's guidance (and the multitool's SARIF2001 check) wants messages to be sentences ending in a period.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>A relative URI reference: each path segment percent-encoded, forward slashes between them.</summary>
    private static string RelativeUri(string displayPath) =>
        string.Join('/', displayPath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string DirectoryUri(string directory)
    {
        var withSlash = Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
        return new Uri(withSlash).AbsoluteUri;
    }
}
