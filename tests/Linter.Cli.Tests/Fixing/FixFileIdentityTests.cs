using System.Diagnostics;
using System.Globalization;
using Linter.Analysis.IO;
using Linter.Cli.Fixing;

namespace Linter.Cli.Tests.Fixing;

/// <summary>
/// A fixed file stays the file it was: a symbolic link stays a link and its target is fixed, a hard
/// link is refused rather than split, and the owner, group and mode are kept, with the temporary file
/// never more readable than the document.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FixFileIdentityTests : IDisposable
{
    private const string Document = "Statement by Minister (2022-4-29)\n\nTrade is up .\n";
    private const string Fixed = "Statement by Minister (2022-4-29)\n\nTrade is up.\n";

    private readonly TempDirectory _tree = new();

    public void Dispose() => _tree.Dispose();

    [SkippableFact]
    public void ASymlinkedDocumentStaysALinkAndItsTargetIsFixed()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var target = _tree.Write("texts/real.txt", Document);
        var link = Path.Combine(_tree.Path, "doc.txt");
        File.CreateSymbolicLink(link, Path.Combine("texts", "real.txt"));

        var result = CliRunner.Run(_tree.Path, "check", "--fix", "doc.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Fixed, File.ReadAllText(target));
    }

    [SkippableFact]
    public void AHardLinkedDocumentIsRefusedNotSplit()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "hard link counts are read with Linux's statx");
        var path = _tree.Write("doc.txt", Document);
        var other = Path.Combine(_tree.Path, "other-name.txt");
        Run("ln", path, other);

        var result = CliRunner.Run(_tree.Path, "check", "--fix", "doc.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("stmtlint: error: cannot write 'doc.txt': the file has 2 hard links, and replacing it would split it from the others; it was left unchanged", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Document, File.ReadAllText(path));
        Assert.Equal(2u, FileStatus.Of(path).LinkCount);
    }

    [Fact]
    public void TheTemporaryFileHasTheDocumentsModeFromTheStart()
    {
        var path = _tree.Write("doc.txt", Document);
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(path, OwnerOnly);
        UnixFileMode? temporaryMode = null;
        var writer = new AtomicFileWriter(wrapTemporary: stream =>
        {
            // Before a byte is written: the mode the file was created with.
            temporaryMode = File.GetUnixFileMode(Assert.Single(Directory.GetFiles(_tree.Path, ".stmtlint-*.tmp")));
            return stream;
        });

        var exitCode = new CheckCommand(TextWriter.Null, TextWriter.Null, _tree.Path, writer: writer).Run(new CheckOptions { Paths = ["doc.txt"], Fix = true, NoCache = true });

        Assert.Equal(0, exitCode);
        Assert.Equal(OwnerOnly, temporaryMode);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        Assert.Equal(Fixed, File.ReadAllText(path));
    }

    [SkippableFact]
    public void TheOwnerAndGroupAreKept()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "owners are read with Linux's statx");
        Skip.If(Environment.UserName != "root", "only root can give a file to another user, which this test needs to set up");
        const string User = "stmtlint-perm-test";
        Run("useradd", allowFailure: true, "--no-create-home", "--shell", "/usr/sbin/nologin", User);
        Skip.If(Run("id", allowFailure: true, "-u", User) != 0, $"the user '{User}' could not be made (useradd failed)");
        var path = _tree.Write("doc.txt", Document);
        Run("chown", $"{User}:{User}", path);
        var before = FileStatus.Of(path);

        var result = CliRunner.Run(_tree.Path, "check", "--fix", "doc.txt");

        var after = FileStatus.Of(path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.NotEqual(0u, before.Owner);
        Assert.Equal((before.Owner, before.Group), (after.Owner, after.Group));
    }

    private static int Run(string program, params string[] args) => Run(program, allowFailure: false, args);

    private static int Run(string program, bool allowFailure, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(allowFailure || process.ExitCode == 0, string.Create(CultureInfo.InvariantCulture, $"{program} failed: {stderr.Result}"));
        return process.ExitCode;
    }
}
