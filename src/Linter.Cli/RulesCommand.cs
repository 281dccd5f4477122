using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Linter.Analysis.Configuration;

namespace Linter.Cli;

/// <summary><c>stmtlint rules [--format text|json]</c>: the catalog of diagnostics configuration can name.</summary>
internal sealed class RulesCommand
{
    private readonly TextWriter _stdout;
    private readonly RuleCatalog _catalog;

    public RulesCommand(TextWriter stdout, RuleCatalog catalog)
    {
        _stdout = stdout;
        _catalog = catalog;
    }

    public int Run(string format)
    {
        if (format == "json")
        {
            WriteJson();
        }
        else
        {
            WriteTable();
        }

        return ExitCodes.Success;
    }

    private void WriteTable()
    {
        string[] header = ["ID", "Name", "Severity", "Fix", "Enabled"];
        var rows = _catalog.Entries
            .Select(e => new[]
            {
                e.Descriptor.Id,
                e.Descriptor.Name,
                RuleDocumentation.SeverityWord(e.Descriptor.DefaultSeverity),
                RuleDocumentation.FixWord(e.Descriptor),
                e.Descriptor.IsEnabledByDefault ? "yes" : "no",
            })
            .Prepend(header)
            .ToList();
        var widths = Enumerable.Range(0, header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var column = 0; column < row.Length; column++)
            {
                line.Append(column == row.Length - 1 ? row[column] : row[column].PadRight(widths[column] + 2));
            }

            _stdout.WriteLine(line.ToString());
        }
    }

    private void WriteJson()
    {
        using var stream = new MemoryStream();

        // The relaxed encoder keeps quotes and non-ASCII readable; the output is data for tools, never embedded in HTML.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var (descriptor, options) in _catalog.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", descriptor.Id);
                json.WriteString("name", descriptor.Name);
                json.WriteString("title", descriptor.Title);
                json.WriteString("category", descriptor.Category);
                json.WriteString("defaultSeverity", RuleDocumentation.SeverityWord(descriptor.DefaultSeverity));
                json.WriteString("fix", RuleDocumentation.FixWord(descriptor));
                json.WriteBoolean("enabledByDefault", descriptor.IsEnabledByDefault);
                json.WriteStartArray("options");
                foreach (var option in options)
                {
                    json.WriteStartObject();
                    json.WriteString("name", option.Name);
                    json.WriteString("type", RuleDocumentation.TypeName(option));
                    json.WriteString("default", RuleDocumentation.FormatDefault(option.DefaultValue));
                    json.WriteString("description", option.Description);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (descriptor.HelpLink is { } link)
                {
                    json.WriteString("helpLink", link);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        _stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
