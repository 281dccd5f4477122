using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linter.Analysis.IO;

namespace Linter.Cli.Baseline;

/// <summary>
/// A baseline: the diagnostics an archive had when it adopted stmtlint, so that only new ones are
/// reported. Stored as versioned JSON keyed by path relative to the baseline file's directory (with
/// <c>/</c>), so the file means the same from any working directory and on any machine.
/// </summary>
internal sealed class BaselineFile
{
    /// <summary>The format version written in the file; a file with another version is refused rather than misread.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions s_writeOptions = new()
    {
        Indented = true,
        NewLine = "\n",

        // The file is read by people in reviews: apostrophes and non-ASCII text stay as they are rather than \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SortedDictionary<string, List<BaselineEntry>> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, List<BaselineEntry>> Files => _files;

    public void Add(string key, BaselineEntry entry)
    {
        if (!_files.TryGetValue(key, out var entries))
        {
            entries = [];
            _files.Add(key, entries);
        }

        entries.Add(entry);
    }

    /// <summary>True when the file's baseline holds this rule and fingerprint.</summary>
    public bool Contains(string key, string ruleId, string fingerprint) =>
        _files.TryGetValue(key, out var entries) && entries.Exists(e => e.RuleId == ruleId && e.Fingerprint == fingerprint);

    /// <summary>The key of a document: its path relative to the baseline's directory, with forward slashes.</summary>
    public static string KeyFor(string baselinePath, string documentFullPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(baselinePath)!, documentFullPath).Replace('\\', '/');

    /// <exception cref="UsageException">The file is missing, unreadable, not JSON or not a baseline of this version; the message names the path.</exception>
    public static BaselineFile Read(string path)
    {
        string json;
        try
        {
            json = BoundedFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read baseline file '{path}': {e.Message}", e);
        }

        try
        {
            var root = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("the file is empty");
            var version = root["version"]?.GetValue<int>();
            if (version != FormatVersion)
            {
                throw new FormatException($"unsupported version {(version is null ? "(missing)" : version)}; expected {FormatVersion}");
            }

            var baseline = new BaselineFile();
            var files = root["files"]?.AsObject() ?? throw new FormatException("'files' is missing");
            foreach (var (key, value) in files)
            {
                foreach (var item in value?.AsArray() ?? throw new FormatException($"'{key}' is not a list"))
                {
                    var entry = item?.AsObject() ?? throw new FormatException($"an entry of '{key}' is not an object");
                    baseline.Add(key, new BaselineEntry(
                        entry["rule"]?.GetValue<string>() ?? throw new FormatException($"an entry of '{key}' has no 'rule'"),
                        entry["fingerprint"]?.GetValue<string>() ?? throw new FormatException($"an entry of '{key}' has no 'fingerprint'"),
                        entry["line"]?.GetValue<int>() ?? 0,
                        entry["message"]?.GetValue<string>() ?? string.Empty));
                }
            }

            return baseline;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new UsageException($"baseline file '{path}' is not a valid stmtlint baseline: {e.Message}", e);
        }
    }

    /// <summary>Writes the baseline atomically: a temporary file in the same directory, then a rename, so a crash never leaves half a baseline.</summary>
    public void Write(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Written as it goes rather than built as a document first: a baseline of a large archive holds millions of entries.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                using (var json = new Utf8JsonWriter(stream, s_writeOptions))
                {
                    WriteDocument(json);
                }

                stream.WriteByte((byte)'\n');
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new UsageException($"cannot write baseline file '{path}': {e.Message}", e);
        }
    }

    private void WriteDocument(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteString("tool", "stmtlint");
        json.WriteStartObject("files");
        foreach (var (key, entries) in _files)
        {
            json.WriteStartArray(key);
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("rule", entry.RuleId);
                json.WriteString("fingerprint", entry.Fingerprint);
                json.WriteNumber("line", entry.Line);
                json.WriteString("message", entry.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
