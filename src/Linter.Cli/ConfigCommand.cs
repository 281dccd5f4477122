using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Cli.Formatters;
using Linter.Cli.Linting;
using Linter.CustomRules;

namespace Linter.Cli;

/// <summary>
/// <c>stmtlint config FILE [--format text|json]</c>: the configuration one document is checked
/// with, and why. The layers applied, weakest first (configuration files, what they extend, the
/// overrides and <c>.editorconfig</c> sections that match), every rule's severity and options with
/// the layer that set each, and the vocabulary. It plans the document as <c>check</c> plans it.
/// </summary>
internal sealed class ConfigCommand
{
    /// <summary>The version of the JSON shape.</summary>
    public const int JsonVersion = 1;

    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _currentDirectory;

    public ConfigCommand(TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        _stdout = stdout;
        _stderr = stderr;
        _currentDirectory = currentDirectory;
    }

    public int Run(string file, string format, string? configPath, CustomRuleLoadOptions loadOptions)
    {
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"unknown format '{format}' for config; the formats are text and json");
        }

        var explicitConfig = configPath is null ? null : PathResolver.ToFullPath(configPath, _currentDirectory);
        if (explicitConfig is not null && !File.Exists(explicitConfig))
        {
            throw new UsageException($"configuration file '{configPath}' does not exist");
        }

        // The document need not exist: "what would apply to a new file here?" is a fair question.
        var fullPath = PathResolver.ToFullPath(file, _currentDirectory);
        if (Directory.Exists(fullPath))
        {
            throw new UsageException($"'{TerminalText.Escape(file)}' is a directory; give the path of a document");
        }

        var workspace = new LintWorkspace(_currentDirectory, explicitConfig, loadOptions);
        var plan = workspace.PlanFor(fullPath);
        if (!ConfigErrorFormatter.WriteProblems(_stderr, plan.Problems, _currentDirectory))
        {
            return ExitCodes.Failure;
        }

        var report = Report(workspace, plan, fullPath);
        if (format == "json")
        {
            WriteJson(report);
        }
        else
        {
            WriteText(report);
        }

        return ExitCodes.Success;
    }

    private static Explained Report(LintWorkspace workspace, ConfigurationPlan plan, string fullPath)
    {
        var explanation = workspace.Explain(fullPath);
        var ids = plan.Engine.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var rules = plan.Catalog.Entries
            .Where(e => ids.Contains(e.Descriptor.Id))
            .OrderBy(e => e.Descriptor.Id, StringComparer.Ordinal)
            .Select(e =>
            {
                var configured = plan.Configuration.Analysis.GetRule(e.Descriptor.Id)?.Options ?? RuleOptions.Empty;
                var options = e.Options.Select(o => new ExplainedOption(
                    o.Name,
                    configured.TryGetValue(o.Name, out var value) ? value : o.DefaultValue,
                    explanation.OptionSource(e.Descriptor.Id, o.Name))).ToList();
                var severity = plan.SeverityOf(e.Descriptor);
                return new ExplainedRule(e.Descriptor.Id, e.Descriptor.Name, severity is { } s ? SeverityNames.Of(s) : "off", explanation.SeveritySource(e.Descriptor.Id), options);
            })
            .ToList();
        return new Explained(
            workspace.DisplayPath(fullPath),
            plan.Configuration.IsExcluded(fullPath),
            explanation,
            rules,
            [.. plan.CustomRules.Files.Select(f => workspace.DisplayPath(f.Path))]);
    }

    private void WriteText(Explained report)
    {
        var w = _stdout;
        w.WriteLine($"configuration for {TerminalText.Escape(report.Document)}{(report.Excluded ? " (excluded by configuration: check leaves it out)" : "")}");
        if (report.Explanation.Layers.IsEmpty)
        {
            w.WriteLine("files: none (every rule at its default)");
        }
        else
        {
            w.WriteLine("files, in the order applied (a later one wins):");
            for (var i = 0; i < report.Explanation.Layers.Length; i++)
            {
                w.WriteLine($"  {i + 1}. {Describe(report.Explanation.Layers[i])}");
            }
        }

        w.WriteLine("rules:");
        var nameWidth = report.Rules.Count == 0 ? 0 : report.Rules.Max(r => r.Name.Length);
        foreach (var rule in report.Rules)
        {
            w.WriteLine($"  {rule.Id} {rule.Name.PadRight(nameWidth)}  {rule.Severity,-7}  from {Source(rule.Source)}");
            foreach (var option in rule.Options)
            {
                w.WriteLine($"      {option.Name} = {TerminalText.Escape(Text(option.Value))}  from {Source(option.Source)}");
            }
        }

        if (report.CustomRuleFiles.Count > 0)
        {
            w.WriteLine("custom rule files: " + string.Join(", ", report.CustomRuleFiles.Select(TerminalText.Escape)));
        }

        w.WriteLine("vocabulary:");
        foreach (var (name, phrases) in report.Explanation.Vocabulary)
        {
            w.WriteLine($"  {name} ({phrases.Count}, from {Source(report.Explanation.VocabularySource(name))}): {TerminalText.Escape(string.Join(", ", phrases))}");
        }
    }

    private string Describe(ConfigurationLayer layer) => layer.Kind switch
    {
        ConfigurationLayer.BuiltIn => $"extends '{layer.Path}' (built in)",
        ConfigurationLayer.Extended => $"{Display(layer.Path)} (extended)",
        ConfigurationLayer.Override => $"{Display(layer.Path)}, override for {TerminalText.Escape(layer.Detail)}",
        ConfigurationLayer.EditorConfigSection => $"{Display(layer.Path)}, section [{TerminalText.Escape(layer.Detail)}]",
        _ => Display(layer.Path),
    };

    private string Source(ConfigurationLayer? layer) => layer is null ? "default" : Describe(layer);

    private string Display(string path) => TerminalText.Escape(PathResolver.ToDisplayPath(path, _currentDirectory));

    private static string Text(object? value) => value switch
    {
        null => "(none)",
        string s => s,
        bool b => b ? "true" : "false",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private void WriteJson(Explained report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", JsonVersion);
            json.WriteString("document", report.Document);
            json.WriteBoolean("excluded", report.Excluded);
            json.WriteStartArray("files");
            foreach (var layer in report.Explanation.Layers)
            {
                WriteLayer(json, layer);
            }

            json.WriteEndArray();
            json.WriteStartArray("rules");
            foreach (var rule in report.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteString("severity", rule.Severity);
                WriteSource(json, rule.Source);
                json.WriteStartArray("options");
                foreach (var option in rule.Options)
                {
                    json.WriteStartObject();
                    json.WriteString("name", option.Name);
                    json.WritePropertyName("value");
                    WriteValue(json, option.Value);
                    WriteSource(json, option.Source);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("customRuleFiles");
            foreach (var path in report.CustomRuleFiles)
            {
                json.WriteStringValue(path);
            }

            json.WriteEndArray();
            json.WriteStartArray("vocabulary");
            foreach (var (name, phrases) in report.Explanation.Vocabulary)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                WriteSource(json, report.Explanation.VocabularySource(name));
                json.WriteStartArray("phrases");
                foreach (var phrase in phrases)
                {
                    json.WriteStringValue(phrase);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        _stdout.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        _stdout.WriteLine();
    }

    private void WriteLayer(Utf8JsonWriter json, ConfigurationLayer layer)
    {
        json.WriteStartObject();
        json.WriteString("kind", layer.Kind);
        json.WriteString("path", layer.Kind == ConfigurationLayer.BuiltIn ? layer.Path : PathResolver.ToDisplayPath(layer.Path, _currentDirectory));
        if (layer.Detail.Length > 0)
        {
            json.WriteString(layer.Kind == ConfigurationLayer.Override ? "files" : "section", layer.Detail);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes <c>"source"</c>: the layer that set a value, or null for a default.</summary>
    private void WriteSource(Utf8JsonWriter json, ConfigurationLayer? layer)
    {
        json.WritePropertyName("source");
        if (layer is null)
        {
            json.WriteNullValue();
        }
        else
        {
            WriteLayer(json, layer);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Text(value));
                break;
        }
    }

    private sealed record Explained(string Document, bool Excluded, ConfigurationExplanation Explanation, IReadOnlyList<ExplainedRule> Rules, IReadOnlyList<string> CustomRuleFiles);

    private sealed record ExplainedRule(string Id, string Name, string Severity, ConfigurationLayer? Source, IReadOnlyList<ExplainedOption> Options);

    private sealed record ExplainedOption(string Name, object? Value, ConfigurationLayer? Source);
}
