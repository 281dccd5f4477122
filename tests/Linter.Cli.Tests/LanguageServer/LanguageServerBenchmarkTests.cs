using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>
/// The editor's latency: from a <c>didChange</c> on a 100 KB transcript to its
/// <c>publishDiagnostics</c>, with a warm server, less the 150 ms debounce. A measurement with a
/// loose bound (the machine is shared); the figures go to RESULTS.md.
/// </summary>
public sealed class LanguageServerBenchmarkTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _workspace = new();

    public void Dispose() => _workspace.Dispose();

    /// <summary>Press conferences of the corpus, the largest first, joined and cut at a line break near 100 KB.</summary>
    public static string Transcript()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, "fmprc-en-presscon"), "*.txt")
            .OrderByDescending(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal);
        var text = new System.Text.StringBuilder();
        foreach (var file in files)
        {
            text.Append(File.ReadAllText(file)).Append("\n\n");
            if (text.Length >= 100 * 1024)
            {
                break;
            }
        }

        var cut = text.ToString(0, 100 * 1024);
        return cut[..(cut.LastIndexOf('\n') + 1)];
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task AChangeOnAHundredKilobyteTranscriptIsPublishedSoonAfterTheDebounce()
    {
        var text = Transcript();
        await using var client = LspClient.Start(_workspace.Path);
        await client.InitializeAsync(_workspace.Path);
        var uri = await client.OpenAsync(Path.Combine(_workspace.Path, "transcript.txt"), text);
        await client.DiagnosticsAsync(uri, version: 1);
        var middle = text[..(text.Length / 2)].Count(c => c == '\n');

        var latencies = new List<double>();
        for (var version = 2; version <= 41; version++)
        {
            var before = client.Published.Count;
            var clock = Stopwatch.StartNew();
            await client.EditAsync(uri, version, middle, 0, middle, 0, version % 2 == 0 ? "Indeed " : "");
            await client.DiagnosticsAsync(uri, version, after: before);
            var elapsed = clock.Elapsed.TotalMilliseconds - 150;

            // The first ten warm the server up.
            if (version > 11)
            {
                latencies.Add(elapsed);
            }

            await Task.Delay(20);
        }

        latencies.Sort();
        var median = latencies[latencies.Count / 2];
        var p90 = latencies[(int)(latencies.Count * 0.9)];
        var lints = client.Logs.Select(l => l.Message).Where(m => m.StartsWith("linted ", StringComparison.Ordinal))
            .Select(m => double.Parse(m[(m.LastIndexOf(" in ", StringComparison.Ordinal) + 4)..^3], CultureInfo.InvariantCulture)).Skip(11).Order().ToList();
        output.WriteLine($"transcript: {text.Length / 1024} KB, {text.Count(c => c == '\n')} lines; {latencies.Count} measured changes");
        output.WriteLine($"didChange to publishDiagnostics, less the 150 ms debounce: median {median:0.0} ms, p90 {p90:0.0} ms, min {latencies[0]:0.0} ms");
        output.WriteLine($"the server's own lint time: median {lints[lints.Count / 2]:0.0} ms");
        Assert.True(median < 300, $"median {median:0.0} ms");
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
