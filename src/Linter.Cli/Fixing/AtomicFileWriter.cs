using Linter.Analysis.IO;

namespace Linter.Cli.Fixing;

/// <summary>
/// Replaces a file's bytes atomically: the new content goes to a temporary file in the same
/// directory (so the rename stays on one file system), then a rename puts it in place. A reader sees
/// the old file or the new one, never half of either; a failed write leaves the original untouched.
/// The file stays what it was: a symbolic link is followed and its target fixed in place (the link
/// is kept), the temporary file is created with the file's mode (never readable by more people, even
/// for a moment) and given its owner and group, and a file with several hard links is refused rather
/// than split from its other names.
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
            // The link is the user's layout; the text lives in its target.
            if (new FileInfo(path).LinkTarget is not null && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } linkTarget)
            {
                path = linkTarget.FullName;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return "the file was removed while it was being checked";
            }

            // A rename ignores the target's permissions, so a read-only file must be refused here or it would be silently replaced.
            // On Unix that is the owner's write bit: .NET's IsReadOnly asks about the current user, and root fixing a user's
            // 0644 file (a CI container) is not writing a read-only file.
            if (OperatingSystem.IsWindows() ? info.IsReadOnly : (info.UnixFileMode & UnixFileMode.UserWrite) == 0)
            {
                return "the file is read-only";
            }

            var status = FileStatus.Of(path);
            if (status.LinkCount > 1)
            {
                return $"the file has {status.LinkCount} hard links, and replacing it would split it from the others";
            }

            var directory = info.DirectoryName ?? ".";
            // A name of fixed length: the target's name plus a suffix would pass the file system's limit (255 bytes on most)
            // for a target whose name is already near it, and such a file could never be fixed.
            temp = Path.Combine(directory, $".stmtlint-{Guid.NewGuid():N}.tmp");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                // Created with the file's mode (the umask may only narrow it), not the default 0644 and a chmod afterwards.
                options.UnixCreateMode = info.UnixFileMode;
            }

            using (var file = PendingTemporaryFiles.Create(temp, t => new FileStream(t, options)))
            {
                if (file is null)
                {
                    temp = null;
                    return "stmtlint was stopped before the file was written";
                }

                var stream = _wrapTemporary?.Invoke(file) ?? file;
                stream.Write(content);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, info.UnixFileMode);
            }

            // The rename would hand the file to whoever runs the fix (root in many CI images): keep its owner and group, or write nothing.
            if (status.Kind == FileKind.Regular && FileStatus.Of(temp) is var written && (written.Owner != status.Owner || written.Group != status.Group)
                && !FileStatus.TrySetOwner(temp, status.Owner, status.Group))
            {
                return "its owner and group could not be kept";
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
            PendingTemporaryFiles.Release(temp);
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
                PendingTemporaryFiles.Release(temp);
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
