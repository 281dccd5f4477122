using System.Globalization;
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
    private const string RuleIndexProperty = "\"ruleIndex\": ";
    private readonly string _currentDirectory;

    // Each rule with results, by ID, with the order it was first seen in: the index a result is spooled with.
    private readonly Dictionary<string, (int FirstSeen, DiagnosticDescriptor Descriptor)> _rules = new(StringComparer.Ordinal);
    private TextWriter _writer = TextWriter.Null;
    private TemporaryTextFile? _spool;
    private JsonTextOutput? _results;

    public SarifFormatter(string currentDirectory) => _currentDirectory = currentDirectory;

    /// <summary>
    /// The driver's rule list comes before the results but holds only the rules that have results,
    /// sorted by ID, and each result names its rule by its index in that list: nothing can be written
    /// before the end. So the document is written to a temporary file as it comes, with an empty rule
    /// list and each rule numbered in the order first seen; at the end the real start (with the rule
    /// list) is written, then the rest of the temporary file with every <c>ruleIndex</c> renumbered.
    /// A file rather than memory, because the results of a large run are far larger than its memory
    /// should be.
    /// </summary>
    public void Start(TextWriter writer)
    {
        _writer = writer;
        _spool = new TemporaryTextFile();
        _results = new JsonTextOutput(_spool.Writer);
        WriteStart(_results.Json, []);
        _results.Flush();
    }

    public void WriteFile(FileReport file)
    {
        var results = _results ?? throw new InvalidOperationException("Start was not called");
        foreach (var diagnostic in file.Diagnostics)
        {
            if (!_rules.TryGetValue(diagnostic.Id, out var rule))
            {
                rule = (_rules.Count, diagnostic.Descriptor);
                _rules.Add(diagnostic.Id, rule);
            }

            WriteResult(results.Json, file.DisplayPath, diagnostic, rule.FirstSeen);
        }

        results.Flush();
    }

    public void End(RunTotals totals, TimeSpan elapsed)
    {
        var (spool, results) = (_spool, _results) is ({ } s, { } r) ? (s, r) : throw new InvalidOperationException("Start was not called");
        var json = results.Json;
        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        results.Finish();

        var rules = _rules.Values.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = new int[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].FirstSeen] = i;
        }

        // Both starts end with the line that opens the results; everything before it is taken from the real one.
        var start = StartText([.. rules.Select(r => r.Descriptor)]);
        _writer.Write(start.AsSpan(0, start.LastIndexOf('\n') + 1));
        var spooledStartLines = StartText([]).Count(c => c == '\n');
        using var reader = spool.OpenReader();
        for (var i = 0; i < spooledStartLines; i++)
        {
            _ = reader.ReadLine();
        }

        // JSON strings never hold a raw line break, so a line that starts with the property name is the property.
        while (reader.ReadLine() is { } line)
        {
            var at = line.AsSpan().TrimStart(' ');
            if (at.StartsWith(RuleIndexProperty, StringComparison.Ordinal))
            {
                var indent = line.Length - at.Length;
                var digits = at[RuleIndexProperty.Length..];
                var end = digits.IndexOfAnyExceptInRange('0', '9');
                var number = end < 0 ? digits : digits[..end];
                var spooled = int.Parse(number, CultureInfo.InvariantCulture);
                line = string.Concat(line.AsSpan(0, indent + RuleIndexProperty.Length), ruleIndex[spooled].ToString(CultureInfo.InvariantCulture), digits[number.Length..]);
            }

            _writer.Write(line);
            _writer.Write('\n');
        }
    }

    public void Dispose()
    {
        _results?.Dispose();
        _spool?.Dispose();
    }

    /// <summary>The document up to and including the line that opens the results, with these rules in the driver.</summary>
    private string StartText(List<DiagnosticDescriptor> rules)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var output = new JsonTextOutput(text))
        {
            WriteStart(output.Json, rules);
            output.Flush();
        }

        return text.ToString();
    }

    private void WriteStart(Utf8JsonWriter json, List<DiagnosticDescriptor> rules)
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
