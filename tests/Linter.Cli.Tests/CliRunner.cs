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

    /// <summary>The repository root, found from the test's output directory by its samples folder.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "samples", "spokesperson-remarks-2022-04-29.txt")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No samples folder above " + AppContext.BaseDirectory);
    }
}
