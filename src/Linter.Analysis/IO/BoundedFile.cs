using System.Text;

namespace Linter.Analysis.IO;

/// <summary>
/// Reads a file stmtlint was pointed at by a repository: only a regular file (a fifo would block the
/// run forever, <c>/dev/zero</c> would fill memory), and only up to a size limit, past which the
/// read fails with a message that says so rather than with OutOfMemoryException.
/// </summary>
public static class BoundedFile
{
    /// <summary>The default limit on every read: far beyond any statement, configuration or rule file.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The bytes of <paramref name="path"/> (links followed); <see cref="IOException"/> when it is not a regular file or is larger than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes = DefaultMaxBytes)
    {
        var status = FileStatus.Of(path);
        if (status.Kind == FileKind.Special)
        {
            throw new IOException("it is not a regular file (a fifo, a device or a socket), so it is not read");
        }

        if (status.Kind == FileKind.Directory)
        {
            throw new IOException("it is a folder, not a file");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = stream.CanSeek ? stream.Length : 0;
        if (length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        // The usual case: the stated length read straight into the array returned, once it is clear that nothing follows.
        if (length > 0 && length <= Array.MaxLength)
        {
            var bytes = GC.AllocateUninitializedArray<byte>((int)length);
            var total = 0;
            int count;
            while (total < bytes.Length && (count = stream.Read(bytes, total, bytes.Length - total)) > 0)
            {
                total += count;
            }

            if (total < bytes.Length)
            {
                return bytes[..total]; // The file shrank as it was read.
            }

            var next = stream.ReadByte();
            if (next < 0)
            {
                return bytes;
            }

            // It grew: go on as for a file of unknown length, from what was read.
            stream.Position = 0;
        }

        // The length is a hint, not a promise (a file growing as it is read, a file system that reports 0): read at most one byte past the limit.
        using var buffer = new MemoryStream(capacity: (int)Math.Min(Math.Max(length, 0), maxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, ChunkLength(chunk.Length, maxBytes - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The text of <paramref name="path"/>, decoded as <see cref="File.ReadAllText(string)"/> does, under the same rules as <see cref="ReadAllBytes"/>.</summary>
    public static string ReadAllText(string path, long maxBytes = DefaultMaxBytes)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, maxBytes)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>How much to read next: a chunk, or one byte more than is left under the limit (without overflowing for a limit of <see cref="long.MaxValue"/>).</summary>
    private static int ChunkLength(int chunk, long left) => left >= chunk ? chunk : (int)left + 1;

    private static IOException TooLarge(long maxBytes) =>
        new($"it is larger than the limit of {maxBytes / (1024 * 1024)} MB ({maxBytes} bytes), so it is not read");
}
