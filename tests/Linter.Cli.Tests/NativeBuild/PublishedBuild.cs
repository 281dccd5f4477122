using System.Diagnostics;

namespace Linter.Cli.Tests.NativeBuild;

/// <summary>
/// The release folder that <c>scripts/publish.sh</c> makes (the native build and, in <c>managed/</c>,
/// the managed one), for the tests that share it, and a way to run either build.
/// </summary>
/// <remarks>
/// Publishing both builds takes minutes, and what it produces depends only on its inputs, so the folder is a
/// <see cref="BuildCache"/> in <c>artifacts/native-build/</c>: the tests run against exactly the build publish.sh
/// would make now.
/// </remarks>
public sealed class PublishedBuild : IDisposable
{
    private readonly BuildCache _cache = new("native-build", "publish.sh");

    /// <summary>The release folder.</summary>
    public string Folder => _cache.Folder;

    /// <summary>The native executable.</summary>
    public string Native => Path.Combine(Folder, "stmtlint");

    /// <summary>Runs <paramref name="executable"/> in <paramref name="currentDirectory"/>, with <paramref name="stdin"/> as standard input when given.</summary>
    internal static CliResult RunProcess(string executable, string currentDirectory, byte[]? stdin, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = currentDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Neither a CI variable nor a colour setting of the test run may change the formats compared below.
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("CI");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{executable} {string.Join(' ', args)}' did not finish in {timeout}");
        }

        return new CliResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    public void Dispose() => _cache.Dispose();
}
