using System.Globalization;

namespace Linter.Cli.Tests;

/// <summary>Runs the real command line in-process, with captured output and a chosen current directory.</summary>
internal static class CliRunner
{
    public static CliResult Run(string currentDirectory, params string[] args) => Run(currentDirectory, null, args);

    /// <summary>Runs with <paramref name="environment"/> in place of <see cref="Linter.Cli.Formatters.CliEnvironment.None"/>.</summary>
    public static CliResult Run(string currentDirectory, Linter.Cli.Formatters.CliEnvironment? environment, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = new StmtlintApp(stdout, stderr, currentDirectory, environment: environment).Run(args);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>No terminal, and only these environment variables.</summary>
    public static Linter.Cli.Formatters.CliEnvironment Environment(params (string Name, string Value)[] variables) =>
        new(false, false, variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    public static string RepositoryRoot() => RepositoryPaths.Root;
}
