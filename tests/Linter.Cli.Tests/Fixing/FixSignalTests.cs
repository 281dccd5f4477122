using System.Diagnostics;

namespace Linter.Cli.Tests.Fixing;

/// <summary>
/// SIGINT or SIGTERM in the middle of <c>--fix</c>: the process ends as the signal says, and leaves
/// none of its temporary files beside the documents.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FixSignalTests : IDisposable
{
    private readonly TempDirectory _tree = new();

    public void Dispose() => _tree.Dispose();

    [SkippableTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void ASignalDuringFixRemovesTheTemporaryFiles(string signal)
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX signals are not sent on Windows");
        Skip.If(signal == "INT" && IsIgnoredHere(2),
            "SIGINT is ignored in this test run's environment (a background job of a non-interactive shell ignores it), and "
            + "the stmtlint process inherits that, so the signal cannot end it");

        // Large documents, each written and flushed to disk, so that temporary files exist for a while.
        var body = string.Concat(Enumerable.Repeat("Trade is up.   \n", 20_000));
        for (var i = 0; i < 200; i++)
        {
            _tree.Write($"d{i:D3}.txt", "Statement by Minister (2022-04-29)\n\n" + body);
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _tree.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "stmtlint.dll"), "check", "--fix", "--no-cache", "." })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        var seen = false;
        var deadline = Stopwatch.StartNew();
        while (!seen && !process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            seen = Directory.EnumerateFiles(_tree.Path, ".stmtlint-*.tmp").Any();
        }

        Skip.IfNot(seen, "the fix ended before a temporary file was seen; nothing to interrupt");
        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the process did not end on the signal");
        Assert.Empty(Directory.EnumerateFiles(_tree.Path, ".stmtlint-*.tmp"));
    }

    /// <summary>True when this process ignores signal <paramref name="number"/> (its bit in /proc/self/status's SigIgn mask), as children then do too.</summary>
    private static bool IsIgnoredHere(int number)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return false;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << (number - 1))) != 0;
    }
}
