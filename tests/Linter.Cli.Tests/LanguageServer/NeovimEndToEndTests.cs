using System.Diagnostics;
using System.Text.Json;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>
/// A real editor: Neovim's built-in LSP client (Debian's neovim, 0.7) runs headless against
/// <c>stmtlint lsp</c>, waits for the diagnostics, applies a quick fix and reports the buffer.
/// Where Neovim is not installed the test is skipped, saying so (.ci/run installs it).
/// </summary>
public sealed class NeovimEndToEndTests : IDisposable
{
    private readonly TempDirectory _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void NeovimGetsTheDiagnosticsCheckGivesAndAppliesAQuickFix()
    {
        var nvim = ExecutableOnPath.Find("nvim");
        Skip.If(nvim is null, "Neovim (nvim) is not installed: apt-get install -y neovim; .ci/run installs it");

        var document = _workspace.Write("remarks.txt", "Remarks by the Spokesperson (2022-04-29)\n\nZhao Lijian: Trade is up.   \n\nWe said so  .\n");
        var resultPath = Path.Combine(_workspace.Path, "result.txt");
        var start = new ProcessStartInfo(nvim!)
        {
            WorkingDirectory = _workspace.Path,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "LanguageServer", "Neovim", "lsp-end-to-end.lua") })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["STMTLINT_LSP_CMD"] = string.Join('\t', "dotnet", Path.Combine(AppContext.BaseDirectory, "stmtlint.dll"), "lsp");
        start.Environment["STMTLINT_DOC"] = document;
        start.Environment["STMTLINT_RESULT"] = resultPath;
        start.Environment["XDG_STATE_HOME"] = Path.Combine(_workspace.Path, "state");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(_workspace.Path, "cache");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"nvim did not finish in 3 minutes; {(File.Exists(resultPath) ? File.ReadAllText(resultPath) : "no result")}");
        }

        var report = File.Exists(resultPath) ? File.ReadAllLines(resultPath) : [$"no result file; nvim exit code {process.ExitCode}; stderr: {stderr.Result}; stdout: {stdout.Result}"];
        Assert.True(report[0] == "ok", string.Join('\n', report));
        Assert.Equal(0, process.ExitCode);

        // Count and positions as check reports them (1-based there, 0-based in the protocol).
        var check = CliRunner.Run(_workspace.Path, "check", "--format", "json", "--no-cache", "remarks.txt");
        using var json = JsonDocument.Parse(check.Stdout);
        var expected = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"diagnostic {d.GetProperty("id").GetString()} {Line(d, "start")}-{Line(d, "end")}")
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal($"diagnostics {expected.Length}", report[1]);
        Assert.Equal(expected, report.Where(l => l.StartsWith("diagnostic ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal("action Remove the trailing whitespace (safe fix, SL4004)", report.Single(l => l.StartsWith("action ", StringComparison.Ordinal)));
        Assert.Equal("line Zhao Lijian: Trade is up.", report.Single(l => l.StartsWith("line ", StringComparison.Ordinal)));
    }

    private static string Line(JsonElement diagnostic, string end) =>
        $"{diagnostic.GetProperty(end).GetProperty("line").GetInt32() - 1}:{diagnostic.GetProperty(end).GetProperty("column").GetInt32() - 1}";
}
