using System.Globalization;

namespace Linter.Cli.Tests;

/// <summary>Runs the real command line in-process, with captured output and a chosen current directory.</summary>
internal static class CliRunner
{
    public static CliResult Run(string currentDirectory, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = new StmtlintApp(stdout, stderr, currentDirectory).Run(args);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static string RepositoryRoot() => RepositoryPaths.Root;
}
