using System.Globalization;
using Linter.Cli.Fixing;

namespace Linter.Cli.Tests.Fixing;

/// <summary>
/// Faults while <c>--fix</c> writes: whatever fails, the file keeps its original bytes (or the bytes someone else wrote
/// meanwhile), no temporary file is left behind, the failure is reported and the exit code is 2; files that could be
/// written are written.
/// </summary>
public sealed class FixFaultTests
{
    private const string Document = "Statement by Minister (2022-4-29)\n\nTrade is up .  \n";
    private const string Fixed = "Statement by Minister (2022-4-29)\n\nTrade is up.\n";

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(40)]
    public void ADiskThatFillsUpWhileTheTemporaryFileIsWrittenLeavesTheOriginalIntact(int bytesBeforeFull)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("full.txt", Document);
        var before = File.ReadAllBytes(path);

        var result = Run(temp.Path, new AtomicFileWriter(wrapTemporary: stream => new FullDiskStream(stream, bytesBeforeFull)));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
        Assert.Contains("stmtlint: error: cannot write 'full.txt': No space left on device; it was left unchanged\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OneFileThatCannotBeWrittenDoesNotStopTheOthersFromBeingFixed()
    {
        using var temp = new TempDirectory();
        var first = temp.Write("a.txt", Document);
        var failing = temp.Write("b.txt", Document);
        var last = temp.Write("c.txt", Document);

        var result = Run(temp.Path, new AtomicFileWriter(beforeReplace: target =>
        {
            if (target == failing)
            {
                throw new IOException("No space left on device");
            }
        }));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Fixed, File.ReadAllText(first));
        Assert.Equal(Document, File.ReadAllText(failing));
        Assert.Equal(Fixed, File.ReadAllText(last));
        Assert.Equal(3, Directory.GetFiles(temp.Path).Length);
        Assert.Contains("cannot write 'b.txt': No space left on device; it was left unchanged", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("'a.txt'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileChangedWhileRunningKeepsTheOtherWritersVersion()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("edited.txt", Document);
        const string theirs = "Statement by Minister (2022-4-29)\n\nSomeone else saved this .\n";

        var result = Run(temp.Path, new AtomicFileWriter(beforeReplace: target => File.WriteAllText(target, theirs)));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(theirs, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
        Assert.Contains("cannot write 'edited.txt': the file changed while it was being checked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileRemovedWhileRunningIsNotRecreatedAndTheOthersAreFixed()
    {
        using var temp = new TempDirectory();
        var kept = temp.Write("kept.txt", Document);
        var removed = temp.Write("removed.txt", Document);

        var result = Run(temp.Path, new AtomicFileWriter(beforeReplace: target =>
        {
            if (target == removed)
            {
                File.Delete(target);
            }
        }));

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(removed));
        Assert.Equal(Fixed, File.ReadAllText(kept));
        Assert.Equal([kept], Directory.GetFiles(temp.Path));
        Assert.Contains("cannot write 'removed.txt': the file was removed while it was being checked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadOnlyFileIsLeftIntactThroughTheWholeCommandLine()
    {
        using var temp = new TempDirectory();
        var locked = temp.Write("locked.txt", Document);
        var open = temp.Write("open.txt", Document);
        File.SetAttributes(locked, FileAttributes.ReadOnly);
        try
        {
            var result = CliRunner.Run(temp.Path, "check", "--fix", "--no-cache", ".");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(Document, File.ReadAllText(locked));
            Assert.Equal(Fixed, File.ReadAllText(open));
            Assert.Contains("cannot write 'locked.txt': the file is read-only; it was left unchanged", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.SetAttributes(locked, FileAttributes.Normal);
        }
    }

    [Fact]
    public void AFileWhoseNameIsAsLongAsTheFileSystemAllowsIsFixed()
    {
        using var temp = new TempDirectory();
        var name = new string('n', 255 - ".txt".Length) + ".txt";
        var path = temp.Write(name, Document);

        var result = Run(temp.Path, new AtomicFileWriter());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
        Assert.StartsWith("stmtlint: fixed 2 problems in 1 file\n", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot write", result.Stderr, StringComparison.Ordinal);
    }

    private static CliResult Run(string directory, AtomicFileWriter writer)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = new CheckCommand(stdout, stderr, directory, writer: writer).Run(new CheckOptions { Paths = ["."], Fix = true, NoCache = true });
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Passes the first bytes through, then fails as a full disk does (ENOSPC).</summary>
    private sealed class FullDiskStream(Stream inner, int capacity) : Stream
    {
        private int _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position
        {
            get => _written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var room = Math.Max(0, capacity - _written);
            inner.Write(buffer[..Math.Min(room, buffer.Length)]);
            _written += Math.Min(room, buffer.Length);
            if (buffer.Length > room)
            {
                throw new IOException("No space left on device");
            }
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
