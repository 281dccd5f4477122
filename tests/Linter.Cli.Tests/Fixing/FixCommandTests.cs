using System.Globalization;
using System.Text;
using Linter.Cli.Fixing;

namespace Linter.Cli.Tests.Fixing;

public sealed class FixCommandTests
{
    private const string Dated = "Statement by Minister (2022-4-29)\n\n";

    [Fact]
    public void FixingTheCanonicalExampleTwiceChangesNothingTheSecondTime()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "remarks.txt");
        File.Copy(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt"), path);
        var original = File.ReadAllBytes(path);

        var first = CliRunner.Run(temp.Path, "check", "--fix", "--unsafe-fixes", "remarks.txt");
        var fixedOnce = File.ReadAllBytes(path);
        var second = CliRunner.Run(temp.Path, "check", "--fix", "--unsafe-fixes", "remarks.txt");

        Assert.Equal(0, first.ExitCode);
        Assert.NotEqual(original, fixedOnce);
        Assert.Contains("stmtlint: fixed 12 problems in 1 file\n", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(fixedOnce, File.ReadAllBytes(path));
        Assert.Contains("stmtlint: fixed 0 problems in 0 files\n", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, second.Stdout);
    }

    [Fact]
    public void FixingCorpusFilesTwiceChangesNothingTheSecondTime()
    {
        using var temp = new TempDirectory();
        var sources = Directory.GetDirectories(RepositoryPaths.Corpus)
            .Order(StringComparer.Ordinal)
            .SelectMany(folder => RepositoryPaths.Documents(folder).Take(3))
            .ToList();
        Assert.True(sources.Count >= 6, "expected at least six corpus documents");
        for (var i = 0; i < sources.Count; i++)
        {
            var copy = Path.Combine(temp.Path, $"{i:D2}-{Path.GetFileName(sources[i])}");
            File.Copy(sources[i], copy);

            // The corpus is kept read-only; the copies must be writable or --fix rightly refuses them.
            File.SetAttributes(copy, FileAttributes.Normal);
        }

        var first = CliRunner.Run(temp.Path, "check", "--fix", "--unsafe-fixes", "--no-cache", ".");
        var afterFirst = Snapshot(temp.Path);
        var second = CliRunner.Run(temp.Path, "check", "--fix", "--unsafe-fixes", "--no-cache", ".");

        Assert.NotEqual(2, first.ExitCode);
        Assert.DoesNotContain("stmtlint: fixed 0 problems", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("stmtlint: fixed 0 problems in 0 files\n", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(afterFirst, Snapshot(temp.Path));
    }

    [Fact]
    public void FixKeepsAByteOrderMarkAndCrlfLineEndings()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "crlf.txt");
        var text = "Statement by Minister (2022-4-29)\r\n\r\nThe Report says that trade is up . However, trade is down.  \r\n";
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var result = CliRunner.Run(temp.Path, "check", "--fix", "crlf.txt");

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "Statement by Minister (2022-4-29)\r\n\r\nThe Report says that trade is up. However, trade is down.\r\n",
            Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void FixKeepsUtf16AndItsByteOrderMark()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "wide.txt");
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        File.WriteAllBytes(path, [.. utf16.GetPreamble(), .. utf16.GetBytes(Dated + "Trade is up .\n")]);

        var result = CliRunner.Run(temp.Path, "check", "--fix", "wide.txt");

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0xFF, 0xFE], bytes[..2]);
        Assert.Equal(Dated + "Trade is up.\n", utf16.GetString(bytes, 2, bytes.Length - 2));
    }

    [Theory]
    [InlineData(false, "lone surrogate")]
    [InlineData(true, "lone surrogate")]
    [InlineData(false, "odd trailing byte")]
    [InlineData(true, "odd trailing byte")]
    public void Utf16WithInvalidSequencesIsSL0002AndNeverFixed(bool bigEndian, string fault)
    {
        // Issue 14: the invalid units became FD FF outside any fix span, with no SL0002, and the file was rewritten.
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "wide.txt");
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] body = fault == "lone surrogate"
            ? [.. utf16.GetBytes(Dated + "Trade "), .. bigEndian ? new byte[] { 0xD8, 0x00 } : [0x00, 0xD8], .. utf16.GetBytes(" is up .\n")]
            : [.. utf16.GetBytes(Dated + "Trade is up .\n"), 0x41];
        byte[] original = [.. utf16.GetPreamble(), .. body];
        File.WriteAllBytes(path, original);

        var check = CliRunner.Run(temp.Path, "check", "--no-cache", "wide.txt");
        var fix = CliRunner.Run(temp.Path, "check", "--fix", "wide.txt");

        Assert.Contains("SL0002", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-16", check.Stdout, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Contains("SL0002", fix.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void FixLeavesAFileWithoutByteOrderMarkWithout()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("plain.txt", Dated + "Trade is up .\n");

        CliRunner.Run(temp.Path, "check", "--fix", "plain.txt");

        Assert.Equal(Dated + "Trade is up.\n", Encoding.UTF8.GetString(File.ReadAllBytes(path)));
        Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void DryRunPrintsAUnifiedDiffAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("doc.txt", Dated + "Trade is up .\n");
        var before = File.ReadAllBytes(path);

        var result = CliRunner.Run(temp.Path, "check", "--fix", "--dry-run", "doc.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(
            "--- doc.txt\n+++ doc.txt\n@@ -1,3 +1,3 @@\n Statement by Minister (2022-4-29)\n \n-Trade is up .\n+Trade is up.\n",
            result.Stdout);
        Assert.Contains("stmtlint: would fix 1 problem in 1 file\n", result.Stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void FixAppliesSafeFixesOnlyAndSaysHowManyMoreUnsafeFixesWould()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("chrome.txt", Dated + "Trade is up .\n\nPrint\n");

        var safe = CliRunner.Run(temp.Path, "check", "--fix", "chrome.txt");
        var afterSafe = File.ReadAllText(path);
        var all = CliRunner.Run(temp.Path, "check", "--fix", "--unsafe-fixes", "chrome.txt");

        Assert.Contains("Trade is up.\n\nPrint\n", afterSafe, StringComparison.Ordinal);
        Assert.Equal("chrome.txt(5,1,5,6): warning SL4002: page boilerplate 'Print' left in the text [page-boilerplate]\n", safe.Stdout);
        Assert.Contains("stmtlint: 1 more fixable with --unsafe-fixes\n", safe.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Print", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(string.Empty, all.Stdout);
        Assert.DoesNotContain("--unsafe-fixes", all.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsafeFixesWithoutFixIsAUsageError()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Dated);

        var result = CliRunner.Run(temp.Path, "check", "--unsafe-fixes", "doc.txt");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void AReadOnlyFileIsLeftIntactAndReportedWithExitCodeTwo()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("locked.txt", Dated + "Trade is up .\n");
        var before = File.ReadAllBytes(path);
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var result = CliRunner.Run(temp.Path, "check", "--fix", "locked.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Contains("stmtlint: error: cannot write 'locked.txt': the file is read-only; it was left unchanged\n", result.Stderr, StringComparison.Ordinal);
        File.SetAttributes(path, FileAttributes.Normal);
    }

    [Fact]
    public void AFileRemovedWhileRunningIsNotRecreatedAndIsReportedWithExitCodeTwo()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("gone.txt", Dated + "Trade is up .\n");

        var result = Run(temp.Path, new AtomicFileWriter(beforeReplace: File.Delete));

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(temp.Path));
        Assert.Contains("cannot write 'gone.txt': the file was removed while it was being checked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailingWriteLeavesTheOriginalIntactAndIsReportedWithExitCodeTwo()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("disk.txt", Dated + "Trade is up .\n");
        var before = File.ReadAllBytes(path);

        var result = Run(temp.Path, new AtomicFileWriter(beforeReplace: _ => throw new IOException("No space left on device")));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
        Assert.Contains("cannot write 'disk.txt': No space left on device; it was left unchanged", result.Stderr, StringComparison.Ordinal);
    }

    private static CliResult Run(string directory, AtomicFileWriter writer)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = new CheckCommand(stdout, stderr, directory, writer: writer).Run(new CheckOptions { Paths = ["."], Fix = true, NoCache = true });
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    private static Dictionary<string, byte[]> Snapshot(string directory) =>
        Directory.GetFiles(directory).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes, StringComparer.Ordinal);
}
