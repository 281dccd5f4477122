using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Caching;

/// <summary>
/// Diagnostics of earlier runs, one JSON file per document in the cache directory, named by the
/// hash of the document's path and holding the key it was computed under. The cache is only ever a
/// shortcut: a missing, corrupt, foreign or stale entry is a miss, and failing to write one is ignored.
/// </summary>
internal sealed class ResultCache
{
    /// <summary>Bumped whenever the entry layout changes, so an older tool's files are read as foreign.</summary>
    private const string Format = "stmtlint-cache-1";

    private readonly string _directory;
    private readonly Dictionary<string, DiagnosticDescriptor> _descriptors;

    public ResultCache(string directory, IEnumerable<DiagnosticDescriptor> descriptors)
    {
        _directory = directory;
        _descriptors = descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>The file that holds <paramref name="fullPath"/>'s entry.</summary>
    public string EntryPath(string fullPath) => Path.Combine(_directory, CacheKey.Hash(Encoding.UTF8.GetBytes(fullPath)) + ".json");

    /// <summary>The cached diagnostics for <paramref name="fullPath"/> under <paramref name="key"/>, or false.</summary>
    public bool TryGet(string fullPath, string displayPath, string key, out ImmutableArray<Diagnostic> diagnostics)
    {
        diagnostics = default;
        try
        {
            var path = EntryPath(fullPath);
            if (!File.Exists(path))
            {
                return false;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != Format || root.GetProperty("key").GetString() != key)
            {
                return false;
            }

            var builder = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var item in root.GetProperty("diagnostics").EnumerateArray())
            {
                if (!_descriptors.TryGetValue(item.GetProperty("id").GetString() ?? string.Empty, out var descriptor))
                {
                    return false;
                }

                builder.Add(ReadDiagnostic(item, descriptor, displayPath));
            }

            diagnostics = builder.ToImmutable();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException or FormatException)
        {
            // Garbage, a truncated write or another tool's file: recompute, and the store after it replaces the entry.
            return false;
        }
    }

    /// <summary>Stores <paramref name="diagnostics"/> for <paramref name="fullPath"/> under <paramref name="key"/>, atomically; failures are ignored.</summary>
    public void Store(string fullPath, string key, ImmutableArray<Diagnostic> diagnostics)
    {
        string? temp = null;
        try
        {
            Directory.CreateDirectory(_directory);
            var path = EntryPath(fullPath);
            temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("format", Format);
                json.WriteString("key", key);
                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in diagnostics)
                {
                    WriteDiagnostic(json, diagnostic);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            // Parallel runs may race on one entry; the rename makes either whole entry win, never a mix.
            File.Move(temp, path, overwrite: true);
            temp = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full cache directory only costs speed.
        }
        finally
        {
            if (temp is not null)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Nothing more to do; the next store uses a new name.
                }
            }
        }
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteNumber("severity", (int)diagnostic.Severity);
        json.WriteNumber("start", location.Span.Start);
        json.WriteNumber("length", location.Span.Length);
        json.WriteNumber("line", location.LineSpan.Start.Line);
        json.WriteNumber("col", location.LineSpan.Start.Character);
        json.WriteNumber("endLine", location.LineSpan.End.Line);
        json.WriteNumber("endCol", location.LineSpan.End.Character);
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteNumber("applicability", (int)fix.Applicability);
            json.WriteStartArray("changes");
            foreach (var change in fix.Changes)
            {
                json.WriteStartObject();
                json.WriteNumber("start", change.Span.Start);
                json.WriteNumber("length", change.Span.Length);
                json.WriteString("text", change.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static Diagnostic ReadDiagnostic(JsonElement item, DiagnosticDescriptor descriptor, string displayPath)
    {
        var severity = (Severity)item.GetProperty("severity").GetInt32();
        if (!Enum.IsDefined(severity))
        {
            throw new FormatException("unknown severity");
        }
        var span = new TextSpan(item.GetProperty("start").GetInt32(), item.GetProperty("length").GetInt32());
        var lineSpan = new LinePositionSpan(
            new LinePosition(item.GetProperty("line").GetInt32(), item.GetProperty("col").GetInt32()),
            new LinePosition(item.GetProperty("endLine").GetInt32(), item.GetProperty("endCol").GetInt32()));
        Fix? fix = null;
        if (item.TryGetProperty("fix", out var fixElement))
        {
            var applicability = (Applicability)fixElement.GetProperty("applicability").GetInt32();
            if (!Enum.IsDefined(applicability))
            {
                throw new FormatException("unknown applicability");
            }

            var changes = fixElement.GetProperty("changes").EnumerateArray()
                .Select(c => new TextChange(new TextSpan(c.GetProperty("start").GetInt32(), c.GetProperty("length").GetInt32()), c.GetProperty("text").GetString() ?? string.Empty))
                .ToImmutableArray();
            fix = new Fix(fixElement.GetProperty("title").GetString() ?? string.Empty, changes, applicability);
        }

        return new Diagnostic(descriptor, severity, new Location(displayPath, span, lineSpan), item.GetProperty("message").GetString() ?? string.Empty, fix);
    }
}
