using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Linter.Cli.Formatters;

/// <summary>Writes a JSON document with <see cref="Utf8JsonWriter"/> (property order as written) to a <see cref="TextWriter"/>.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,

        // Documents are full of curly quotes and non-Latin text; keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            write(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.WriteLine();
    }
}
