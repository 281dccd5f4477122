using System.Text;

namespace Linter.Cli.Formatters;

/// <summary>
/// Text spooled to a temporary file, for output that cannot be written in order as it is produced
/// (a header that depends on the end, or stdout that must wait for other output): the disk holds
/// it rather than memory. The file is deleted when this is disposed.
/// </summary>
internal sealed class TemporaryTextFile : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FileStream _stream;

    public TemporaryTextFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stmtlint-{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 4096, FileOptions.DeleteOnClose);
        Writer = new StreamWriter(_stream, s_utf8, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>Where the text goes until <see cref="OpenReader"/>.</summary>
    public TextWriter Writer { get; }

    /// <summary>Ends writing and reads the text from its start.</summary>
    public StreamReader OpenReader()
    {
        Writer.Flush();
        _stream.Position = 0;
        return new StreamReader(_stream, s_utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
    }

    /// <summary>Ends writing and copies the whole text to <paramref name="target"/>.</summary>
    public void CopyTo(TextWriter target)
    {
        using var reader = OpenReader();
        CopyRest(reader, target);
    }

    /// <summary>Copies what <paramref name="reader"/> has not yet read to <paramref name="target"/>.</summary>
    public static void CopyRest(StreamReader reader, TextWriter target)
    {
        var buffer = new char[16 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            target.Write(buffer, 0, read);
        }
    }

    public void Dispose()
    {
        Writer.Dispose();
        _stream.Dispose();
    }
}
