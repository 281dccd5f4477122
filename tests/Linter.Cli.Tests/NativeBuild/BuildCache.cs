using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Linter.Cli.Tests.NativeBuild;

/// <summary>
/// A folder made by a build script (publish, pack) kept in <c>artifacts/&lt;name&gt;/&lt;hash of its inputs&gt;/</c>
/// and made again only when an input changes: the product's sources (<c>src/</c>, <c>rules/</c>), the build
/// settings at the root, the script itself, the SDK and the machine's RID. Only the newest entry is kept.
/// <c>STMTLINT_FRESH_PUBLISH=1</c> makes it afresh in a temporary folder instead, for when the cache itself is in doubt.
/// </summary>
internal sealed class BuildCache : IDisposable
{
    /// <summary>Set to 1 to build afresh instead of using the folder cached for the current inputs.</summary>
    public const string FreshBuildVariable = "STMTLINT_FRESH_PUBLISH";

    private static readonly string[] s_inputFolders = ["src", "rules"];
    private static readonly string[] s_inputFiles = ["Directory.Build.props", "BannedSymbols.txt", ".editorconfig", "global.json", "NuGet.config", "nuget.config", "scripts/release-arguments.sh"];

    private readonly bool _temporary;

    /// <summary>Gives the folder <paramref name="script"/> (under <c>scripts/</c>, called with <c>--output FOLDER</c>) makes.</summary>
    public BuildCache(string name, string script)
    {
        _temporary = Environment.GetEnvironmentVariable(FreshBuildVariable) == "1";
        if (_temporary)
        {
            Folder = Directory.CreateTempSubdirectory($"stmtlint-{name}-").FullName;
            Make(script, Folder);
            return;
        }

        var cache = Path.Combine(RepositoryPaths.Root, "artifacts", name);
        Folder = Path.Combine(cache, InputsKey(script));
        if (!Directory.Exists(Folder))
        {
            // Made beside its final place and renamed into it, so that a folder under its key is always complete.
            var partial = Folder + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            Make(script, partial);
            try
            {
                Directory.Move(partial, Folder);
            }
            catch (IOException) when (Directory.Exists(Folder))
            {
                // Another run made the same inputs first; its folder is as good.
                Directory.Delete(partial, recursive: true);
            }
        }

        // Older inputs' folders go; so does a partial folder left by a run that was killed (one still being written is recent).
        foreach (var stale in Directory.EnumerateDirectories(cache).Where(d => !string.Equals(d, Folder, StringComparison.Ordinal)
            && (!d.Contains(".partial-", StringComparison.Ordinal) || Directory.GetLastWriteTimeUtc(d) < DateTime.UtcNow.AddHours(-1))))
        {
            Directory.Delete(stale, recursive: true);
        }
    }

    /// <summary>The folder the script made.</summary>
    public string Folder { get; }

    /// <summary>
    /// A hash of everything the script's output is made from: each input file's path and bytes (bin and obj
    /// folders left out), the SDK's version and the RID.
    /// </summary>
    internal static string InputsKey(string script)
    {
        var root = RepositoryPaths.Root;
        var files = s_inputFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Concat(s_inputFiles.Append("scripts/" + script).Select(file => Path.Combine(root, file)).Where(File.Exists))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, file))));
        }

        var sdk = PublishedBuild.RunProcess("dotnet", root, null, TimeSpan.FromMinutes(1), "--version");
        hash.AppendData(Encoding.UTF8.GetBytes($"sdk {sdk.Stdout.Trim()}\0rid {RuntimeInformation.RuntimeIdentifier}\0"));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    public void Dispose()
    {
        // A cached folder is kept for the next run with the same inputs.
        if (_temporary)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static void Make(string script, string folder)
    {
        var made = PublishedBuild.RunProcess("bash", RepositoryPaths.Root, null, TimeSpan.FromMinutes(30), Path.Combine(RepositoryPaths.Root, "scripts", script), "--output", folder);
        if (made.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/{script} failed with exit code {made.ExitCode}:\n{made.Stdout}\n{made.Stderr}");
        }
    }
}
