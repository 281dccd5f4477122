using System.Diagnostics;

namespace Linter.Cli.Tests.Faults;

/// <summary>
/// A full disk while a report is written: the run fails with exit code 2 and leaves nothing behind.
/// The disk is a 64 KB tmpfs, which needs root to mount; without it the test says why it skipped.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly TempDirectory _tree = new();
    private readonly string _disk;
    private readonly string? _cannotMount;

    public FullDiskTests()
    {
        _disk = Path.Combine(_tree.Path, "disk");
        Directory.CreateDirectory(_disk);
        _cannotMount = Mount(_disk);
    }

    public void Dispose()
    {
        if (_cannotMount is null)
        {
            _ = RunTool("umount", _disk);
        }

        _tree.Dispose();
    }

    [SkippableFact]
    public void AnOutputOnAFullDiskLeavesNoTemporaryFileBehind()
    {
        Skip.If(_cannotMount is not null, _cannotMount);

        // Enough diagnostics that the JSON report is many times the disk's 64 KB.
        var body = string.Concat(Enumerable.Repeat("Trade is up.   \n", 20_000));
        _tree.Write("big.txt", "Statement by Minister (2022-04-29)\n\n" + body);

        var result = CliRunner.Run(_tree.Path, "check", "--no-cache", "big.txt", "--format", "json", "--output", "disk/report.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the json output 'disk/report.json' could not be written", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_disk));
    }

    [SkippableFact]
    public void StandardErrorOnAFullDiskEndsTheRunWithExitCode2NotAnAbort()
    {
        Skip.IfNot(File.Exists("/dev/full"), "/dev/full, a device that is always full, is not on this machine");
        _tree.Write("a.txt", "Statement by Minister (2022-02-30)\n\nTrade is up.\n");
        var stmtlint = Path.Combine(AppContext.BaseDirectory, "stmtlint.dll");

        // The runtime reported the failed write on the same full stream, which aborted the process (134).
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = _tree.Path, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "exec dotnet \"$0\" check --no-cache a.txt 2>/dev/full", stmtlint })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the run did not end");

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("SL2002", stdout, StringComparison.Ordinal);
    }

    /// <summary>Mounts a 64 KB tmpfs on <paramref name="folder"/>; null on success, otherwise why it cannot be done.</summary>
    private static string? Mount(string folder)
    {
        var (exitCode, error) = RunTool("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder);
        return exitCode == 0 ? null : $"a small tmpfs cannot be mounted here (needs root): {error.Trim()}";
    }

    private static (int ExitCode, string Error) RunTool(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
