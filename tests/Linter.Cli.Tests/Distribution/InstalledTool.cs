using System.Runtime.InteropServices;
using Linter.Cli.Tests.NativeBuild;

namespace Linter.Cli.Tests.Distribution;

/// <summary>
/// stmtlint as a user gets it from <c>dotnet tool install</c>: the packages <c>scripts/pack.sh</c> makes (a
/// <see cref="BuildCache"/> in <c>artifacts/tool-pack/</c>) installed into a tool path of its own, from that
/// folder alone.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly BuildCache _packages = new("tool-pack", "pack.sh");
    private readonly string _toolPath = Directory.CreateTempSubdirectory("stmtlint-tool-").FullName;

    public InstalledTool()
    {
        // Only the packed folder as a source, so the test neither reaches nor waits for nuget.org.
        var config = Path.Combine(_toolPath, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{_packages.Folder}" />
              </packageSources>
            </configuration>
            """);
        var install = PublishedBuild.RunProcess("dotnet", _toolPath, null, TimeSpan.FromMinutes(10),
            "tool", "install", "stmtlint", "--tool-path", Path.Combine(_toolPath, "bin"), "--configfile", config, "--add-source", _packages.Folder);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool install failed with exit code {install.ExitCode}:\n{install.Stdout}\n{install.Stderr}");
        }
    }

    /// <summary>The command the tool path puts on the PATH.</summary>
    public string Command => Path.Combine(_toolPath, "bin", "stmtlint");

    /// <summary>The folder the package for this machine's RID was installed into.</summary>
    public string PackageFolder => Directory.EnumerateDirectories(Path.Combine(_toolPath, "bin", ".store"), RuntimeInformation.RuntimeIdentifier, SearchOption.AllDirectories)
        .Single(d => string.Equals(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(d))), "tools", StringComparison.Ordinal));

    public void Dispose()
    {
        Directory.Delete(_toolPath, recursive: true);
        _packages.Dispose();
    }
}
