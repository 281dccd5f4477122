using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Linter.Cli.Tests.NativeBuild;

/// <summary>
/// The release folder that <c>scripts/publish.sh</c> makes (the native build and, in <c>managed/</c>,
/// the managed one), for the tests that share it, and a way to run either build.
/// </summary>
/// <remarks>
/// Publishing both builds takes minutes, and what it produces depends only on its inputs: the product's sources
/// (<c>src/</c>, <c>rules/</c>), the build settings at the root, <c>scripts/publish.sh</c>, the SDK and the machine's
/// RID. So the folder is kept in <c>artifacts/native-build/&lt;hash of those inputs&gt;/</c> and published again only
/// when one of them changes; the tests then run against exactly the build publish.sh would make now. Only the
/// newest entry is kept. <c>STMTLINT_FRESH_PUBLISH=1</c> publishes into a temporary folder instead, as every run
/// did before, for when the cache itself is in doubt.
/// </remarks>
public sealed class PublishedBuild : IDisposable
{
    /// <summary>Set to 1 to publish afresh instead of using the build cached for the current inputs.</summary>
    public const string FreshPublishVariable = "STMTLINT_FRESH_PUBLISH";

    private static readonly string[] s_inputFolders = ["src", "rules"];
    private static readonly string[] s_inputFiles = ["Directory.Build.props", "BannedSymbols.txt", ".editorconfig", "global.json", "NuGet.config", "nuget.config", "scripts/publish.sh"];

    private readonly string _folder;
    private readonly bool _temporary;

    public PublishedBuild()
    {
        _temporary = Environment.GetEnvironmentVariable(FreshPublishVariable) == "1";
        if (_temporary)
        {
            _folder = Directory.CreateTempSubdirectory("stmtlint-publish-").FullName;
            Publish(_folder);
            return;
        }

        var cache = Path.Combine(RepositoryPaths.Root, "artifacts", "native-build");
        _folder = Path.Combine(cache, InputsKey());
        if (!Directory.Exists(_folder))
        {
            // Published beside its final place and renamed into it, so that a folder under its key is always complete.
            var partial = _folder + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            Publish(partial);
            try
            {
                Directory.Move(partial, _folder);
            }
            catch (IOException) when (Directory.Exists(_folder))
            {
                // Another run published the same inputs first; its folder is as good.
                Directory.Delete(partial, recursive: true);
            }
        }

        // Older inputs' builds go; so does a partial folder left by a run that was killed (one still being written is recent).
        foreach (var stale in Directory.EnumerateDirectories(cache).Where(d => !string.Equals(d, _folder, StringComparison.Ordinal)
            && (!d.Contains(".partial-", StringComparison.Ordinal) || Directory.GetLastWriteTimeUtc(d) < DateTime.UtcNow.AddHours(-1))))
        {
            Directory.Delete(stale, recursive: true);
        }
    }

    /// <summary>The release folder.</summary>
    public string Folder => _folder;

    /// <summary>The native executable.</summary>
    public string Native => Path.Combine(_folder, "stmtlint");

    /// <summary>
    /// A hash of everything the published builds are made from: each input file's path and bytes (bin and obj
    /// folders left out), the SDK's version and the RID.
    /// </summary>
    internal static string InputsKey()
    {
        var root = RepositoryPaths.Root;
        var files = s_inputFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Concat(s_inputFiles.Select(file => Path.Combine(root, file)).Where(File.Exists))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, file))));
        }

        var sdk = RunProcess("dotnet", root, null, TimeSpan.FromMinutes(1), "--version");
        hash.AppendData(Encoding.UTF8.GetBytes($"sdk {sdk.Stdout.Trim()}\0rid {RuntimeInformation.RuntimeIdentifier}\0"));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

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

    public void Dispose()
    {
        // A cached build is kept for the next run with the same inputs.
        if (_temporary)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static void Publish(string folder)
    {
        var publish = RunProcess("bash", RepositoryPaths.Root, null, TimeSpan.FromMinutes(20), Path.Combine(RepositoryPaths.Root, "scripts", "publish.sh"), "--output", folder);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/publish.sh failed with exit code {publish.ExitCode}:\n{publish.Stdout}\n{publish.Stderr}");
        }
    }
}
