using System.Diagnostics;

namespace Linter.Cli.Tests.Faults;

/// <summary>
/// Only regular files are read, and none past a size limit: a fifo would block a run forever, a link
/// to <c>/dev/zero</c> would grow until the process dies. Every case runs under a time bound, so a
/// regression fails rather than hanging the suite.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private const string Document = "Statement by Minister (2022-04-29)\n\nTrade is up.\n";

    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _tree = new();

    public SpecialFileTests() => _tree.Write("ok.txt", Document);

    public void Dispose() => _tree.Dispose();

    [SkippableFact]
    public async Task AFifoInADirectoryWalkIsSkipped()
    {
        MakeFifo("x.md");

        var result = await Run("check", "--no-cache", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file checked", result.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AFifoNamedOnTheCommandLineIsSkippedWithAWarning()
    {
        MakeFifo("x.md");

        var result = await Run("check", "--no-cache", "x.md", "ok.txt");

        Assert.Contains("stmtlint: warning: 'x.md' is not a regular file (a fifo, a device or a socket); it was skipped", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 file checked", result.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AFifoConfigurationIsAnErrorNotAHang()
    {
        MakeFifo(".stmtlint.yaml");

        var result = await Run("check", "--no-cache", "ok.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read the configuration file: it is not a regular file", result.Stderr, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("document")]
    [InlineData("extends")]
    [InlineData("baseline")]
    [InlineData("cache entry")]
    public async Task ALinkToDevZeroIsNeverRead(string role)
    {
        Skip.IfNot(File.Exists("/dev/zero"), "there is no /dev/zero on this system");
        string[] args = ["check", "ok.txt"];
        switch (role)
        {
            case "document":
                File.CreateSymbolicLink(Path.Combine(_tree.Path, "zero.md"), "/dev/zero");
                args = ["check", "--no-cache", "."];
                break;
            case "extends":
                File.CreateSymbolicLink(Path.Combine(_tree.Path, "zero.yaml"), "/dev/zero");
                _tree.Write(".stmtlint.yaml", "extends: zero.yaml\n");
                break;
            case "baseline":
                File.CreateSymbolicLink(Path.Combine(_tree.Path, "zero.json"), "/dev/zero");
                args = ["check", "--no-cache", "--baseline", "zero.json", "ok.txt"];
                break;
            default:
                await Run("check", "ok.txt");
                foreach (var entry in Directory.GetFiles(Path.Combine(_tree.Path, ".stmtlint-cache"), "*.json"))
                {
                    File.Delete(entry);
                    File.CreateSymbolicLink(entry, "/dev/zero");
                }

                break;
        }

        var result = await Run(args);

        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("OutOfMemory", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentOverTheSizeLimitIsAClearErrorWithExitCodeTwo()
    {
        _tree.Write("big.txt", Document + new string('x', (1024 * 1024) + 1));

        var result = await Run("check", "--no-cache", "--max-file-size", "1", "big.txt", "ok.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("stmtlint: error: cannot read 'big.txt': it is larger than the limit of 1 MB (1048576 bytes), so it is not read", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 files checked", result.Stderr, StringComparison.Ordinal);
    }

    private void MakeFifo(string name)
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows has no fifos");
        using var mkfifo = Process.Start("mkfifo", [Path.Combine(_tree.Path, name)]);
        mkfifo.WaitForExit();
        Skip.If(mkfifo.ExitCode != 0, "mkfifo failed, so no fifo could be made");
    }

    private Task<CliResult> Run(params string[] args) => Task.Run(() => CliRunner.Run(_tree.Path, args)).WaitAsync(s_bound);
}
