namespace Linter.Cli.Fixing;

/// <summary>
/// Replaces a file's bytes atomically: the new content goes to a temporary file in the same
/// directory (so the rename stays on one file system), then a rename puts it in place. A reader sees
/// the old file or the new one, never half of either; a failed write leaves the original untouched.
/// </summary>
internal sealed class AtomicFileWriter
{
    private readonly Action<string>? _beforeReplace;
    private readonly Func<Stream, Stream>? _wrapTemporary;

    /// <param name="beforeReplace">
    /// Called with the target path after the temporary file is written and before it replaces the
    /// target. Tests use it to simulate a file removed or a disk failing mid-run; production passes null.
    /// </param>
    /// <param name="wrapTemporary">
    /// Wraps the stream the temporary file is written through. Tests use it to simulate a disk that fills up
    /// part-way through the write; production passes null.
    /// </param>
    public AtomicFileWriter(Action<string>? beforeReplace = null, Func<Stream, Stream>? wrapTemporary = null)
    {
        _beforeReplace = beforeReplace;
        _wrapTemporary = wrapTemporary;
    }

    /// <summary>
    /// Writes <paramref name="content"/> over <paramref name="path"/> if the file still holds
    /// <paramref name="expected"/>; returns null on success, or why nothing was written.
    /// </summary>
    public string? TryReplace(string path, byte[] expected, byte[] content)
    {
        string? temp = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return "the file was removed while it was being checked";
            }

            // A rename ignores the target's permissions, so a read-only file must be refused here or it would be silently replaced.
            if (info.IsReadOnly || (!OperatingSystem.IsWindows() && (info.UnixFileMode & UnixFileMode.UserWrite) == 0))
            {
                return "the file is read-only";
            }

            var directory = info.DirectoryName ?? ".";
            // A name of fixed length: the target's name plus a suffix would pass the file system's limit (255 bytes on most)
            // for a target whose name is already near it, and such a file could never be fixed.
            temp = Path.Combine(directory, $".stmtlint-{Guid.NewGuid():N}.tmp");
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var stream = _wrapTemporary?.Invoke(file) ?? file;
                stream.Write(content);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, info.UnixFileMode);
            }

            _beforeReplace?.Invoke(path);

            // Someone else changed or removed the file since it was read: their version wins over our fixes.
            if (!File.Exists(path))
            {
                return "the file was removed while it was being checked";
            }

            if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(expected))
            {
                return "the file changed while it was being checked";
            }

            File.Move(temp, path, overwrite: true);
            temp = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
        finally
        {
            if (temp is not null)
            {
                TryDelete(temp);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file we cannot delete is left behind; the original file is what matters.
        }
    }
}
