using Linter.Cli.Tests.NativeBuild;

namespace Linter.Cli.Tests.Distribution;

/// <summary>
/// The .NET tool package: <c>dotnet tool install</c> gives this machine the native build, which checks as the
/// command does in-process and hands C# rules to the managed build the package carries.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ToolPackageTests : IClassFixture<InstalledTool>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);
    private readonly InstalledTool _tool;

    public ToolPackageTests(InstalledTool tool) => _tool = tool;

    [Fact]
    public void InstallsTheNativeBuildWithTheManagedBuildBesideIt()
    {
        var native = Path.Combine(_tool.PackageFolder, "stmtlint");

        // An ELF executable, with no stmtlint.dll for a runtime to load: the package is the ahead-of-time build.
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(native)[..4]);
        Assert.False(File.Exists(Path.Combine(_tool.PackageFolder, "stmtlint.dll")));
        Assert.True(File.Exists(Path.Combine(_tool.PackageFolder, "managed", "stmtlint.dll")));
        Assert.StartsWith("0.", PublishedBuild.RunProcess(_tool.Command, RepositoryPaths.Root, null, s_timeout, "--version").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ChecksASampleAsTheManagedCommandDoes()
    {
        var args = new[] { "check", "--no-cache", "--no-code-rules", "--format", "msbuild", "samples" };

        var expected = CliRunner.Run(RepositoryPaths.Root, args);
        var actual = PublishedBuild.RunProcess(_tool.Command, RepositoryPaths.Root, null, s_timeout, args);

        Assert.Equal(expected, actual);
        Assert.Contains("SL", actual.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RunsACSharpRuleThroughTheManagedBuildInThePackage()
    {
        using var cache = new TempDirectory();
        var args = new[] { "check", "--cache-location", cache.Path, "--format", "msbuild", "samples" };

        var expected = CliRunner.Run(RepositoryPaths.Root, args);
        var actual = PublishedBuild.RunProcess(_tool.Command, RepositoryPaths.Root, null, s_timeout, args);

        Assert.Equal(expected, actual);
        Assert.Contains("HOUSE100", actual.Stdout, StringComparison.Ordinal);
    }
}
