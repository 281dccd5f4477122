using System.Diagnostics;
using System.Text;

namespace Linter.Cli.Tests.Pathological;

/// <summary>
/// Hostile files through the whole command: each is reported with the diagnostic a reader would expect, the run finishes
/// within a generous bound, and <c>--fix</c> leaves alone what it must not touch. The sizes are smaller than in
/// Linter.Rules.Tests/Pathological, which runs the full sizes through the engine; here the point is the command's handling.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PathologicalFileTests
{
    [Fact]
    public void HostileFilesAreReportedAndLeftIntact()
    {
        using var temp = new TempDirectory();
        var random = new Random(1129);
        var blob = new byte[64 * 1024];
        random.NextBytes(blob);
        File.WriteAllBytes(Path.Combine(temp.Path, "blob.txt"), blob);
        temp.Write("open.md", "---\ntitle: Statement\ndate: 2022-04-29\n" + string.Concat(Enumerable.Repeat("key: value\n", 5_000)));
        temp.Write("deep.md", "Statement (2022-4-29)\n\n" + string.Concat(Enumerable.Repeat("> ", 10_000)) + "The Report says so.\n");
        temp.Write("quotes.txt", "Statement (2022-4-29)\n\n" + new string('“', 20_000) + "\n");
        temp.Write("labels.txt", string.Concat(Enumerable.Repeat("Q:\n\n", 2_000)));
        var before = Directory.GetFiles(temp.Path).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes, StringComparer.Ordinal);

        var watch = Stopwatch.StartNew();
        var check = CliRunner.Run(temp.Path, "check", "--no-cache", "--format", "msbuild", ".");
        var fix = CliRunner.Run(temp.Path, "check", "--fix", "--no-cache", "--format", "msbuild", ".");
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), $"two runs took {watch.Elapsed}");
        Assert.Equal(1, check.ExitCode);
        AssertReported(check.Stdout, "blob.txt", "SL0002");
        AssertReported(check.Stdout, "open.md", "SL0001");
        AssertReported(check.Stdout, "quotes.txt", "SL3002");
        AssertReported(check.Stdout, "labels.txt", "SL4003");
        Assert.DoesNotContain("SL9001", check.Stdout, StringComparison.Ordinal);

        // Nothing here has a safe fix that may be written: the binary file is not valid UTF-8, and the others offer none.
        Assert.Equal(1, fix.ExitCode);
        foreach (var (name, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Path, name))), $"{name} changed");
        }
    }

    private static void AssertReported(string output, string file, string id) =>
        Assert.True(
            output.Split('\n').Any(l => l.StartsWith(file + "(", StringComparison.Ordinal) && l.Contains($" {id}: ", StringComparison.Ordinal)),
            $"no {id} for {file} in:\n{Head(output)}");

    private static string Head(string output)
    {
        var builder = new StringBuilder();
        foreach (var line in output.Split('\n').Take(20))
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }
}
