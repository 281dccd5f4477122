using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Linter.Cli.Formatters;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> (property order as written) whose output goes to a
/// <see cref="TextWriter"/> piece by piece: <see cref="Flush"/> hands over what is written so far
/// and empties the buffer, so a document of any length needs only one piece's memory.
/// </summary>
internal sealed class JsonTextOutput : IDisposable
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,

        // Documents are full of curly quotes and non-Latin text; keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly TextWriter _writer;

    public JsonTextOutput(TextWriter writer)
    {
        _writer = writer;
        Json = new Utf8JsonWriter(_buffer, s_options);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Writes out what is written so far; call it between values, where no character is split.</summary>
    public void Flush()
    {
        Json.Flush();
        if (_buffer.WrittenCount > 0)
        {
            _writer.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            _buffer.ResetWrittenCount();
        }
    }

    /// <summary>Writes out the rest of a finished document and the line end after it.</summary>
    public void Finish()
    {
        Flush();
        _writer.WriteLine();
    }

    public void Dispose() => Json.Dispose();
}
