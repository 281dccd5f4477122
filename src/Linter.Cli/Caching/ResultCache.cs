using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Caching;

/// <summary>
/// Diagnostics of earlier runs, one JSON file per document in the cache directory, named by the
/// hash of the document's path and holding the key it was computed under. The cache is only ever a
/// shortcut: a missing, corrupt, foreign, forged or stale entry is a miss, and failing to write one
/// is ignored.
/// </summary>
/// <remarks>
/// The folder is usually inside the repository, where a pull request can commit entries that say a
/// file is clean. So each entry starts with the hex HMAC-SHA256 of the rest under the per-machine
/// key (<see cref="UserCache"/>), which no repository holds: an entry this machine did not write is
/// never believed, and the next store replaces it. The folder holds a <c>.gitignore</c> of <c>*</c>,
/// as Ruff's does, so that it is not committed by accident.
/// </remarks>
internal sealed class ResultCache
{
    /// <summary>Bumped whenever the entry layout changes, so an older tool's files are read as foreign.</summary>
    private const string Format = "stmtlint-cache-2";

    /// <summary>The hex tag and the line break after it.</summary>
    private const int TagLength = HMACSHA256.HashSizeInBytes * 2;

    /// <summary>Far more than any real entry; a larger file (or a device posing as one) is not read.</summary>
    private const long MaxEntryLength = 64L * 1024 * 1024;

    private readonly string _directory;
    private readonly byte[] _secret;
    private readonly Dictionary<string, DiagnosticDescriptor> _descriptors;

    public ResultCache(string directory, IEnumerable<DiagnosticDescriptor> descriptors, byte[] secret)
    {
        _directory = directory;
        _secret = secret;
        _descriptors = descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// The cache at <paramref name="directory"/> authenticated under the key in <paramref name="userCache"/>,
    /// or null (no caching) when there is no key, or when the folder is a symbolic link: entries would
    /// then be written wherever a repository points it.
    /// </summary>
    public static ResultCache? Open(string directory, IEnumerable<DiagnosticDescriptor> descriptors, string userCache, TextWriter stderr)
    {
        if (new DirectoryInfo(directory).LinkTarget is not null)
        {
            stderr.WriteLine($"stmtlint: warning: the cache folder '{TerminalText.Escape(directory)}' is a symbolic link; results are not cached");
            return null;
        }

        return UserCache.Key(userCache) is { } secret ? new ResultCache(directory, descriptors, secret) : null;
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
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length is <= TagLength or > MaxEntryLength)
            {
                return false;
            }

            var entry = File.ReadAllBytes(path);
            if (entry.Length <= TagLength || entry[TagLength] != (byte)'\n' || !Authentic(entry.AsSpan(0, TagLength), entry.AsSpan(TagLength + 1)))
            {
                return false;
            }

            using var document = JsonDocument.Parse(entry.AsMemory(TagLength + 1));
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
            CreateDirectory();
            var path = EntryPath(fullPath);
            temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using var payload = new MemoryStream();
            using (var json = new Utf8JsonWriter(payload))
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

            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToHexString(HMACSHA256.HashData(_secret, payload.GetBuffer().AsSpan(0, (int)payload.Length)))));
                stream.WriteByte((byte)'\n');
                stream.Write(payload.GetBuffer().AsSpan(0, (int)payload.Length));
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

    /// <summary>Whether <paramref name="tag"/> is the hex HMAC of <paramref name="payload"/> under this machine's key; compared in constant time.</summary>
    private bool Authentic(ReadOnlySpan<byte> tag, ReadOnlySpan<byte> payload)
    {
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, payload, expected);
        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        return Convert.FromHexString(tag, given, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == given.Length
            && CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>Creates the folder with its <c>.gitignore</c> of <c>*</c> when it is missing, so that a cache is never committed by accident.</summary>
    private void CreateDirectory()
    {
        Directory.CreateDirectory(_directory);
        var ignore = Path.Combine(_directory, ".gitignore");
        if (!File.Exists(ignore))
        {
            File.WriteAllText(ignore, "# Written by stmtlint: the cache is this machine's own.\n*\n");
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
