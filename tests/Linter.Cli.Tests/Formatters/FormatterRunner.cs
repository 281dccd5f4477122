using System.Globalization;
using System.Text.RegularExpressions;
using Linter.Cli.Formatters;

namespace Linter.Cli.Tests.Formatters;

/// <summary>Runs the real command line in-process with a chosen environment, and makes its output stable for snapshots.</summary>
internal static partial class FormatterRunner
{
    public const string SnapshotFolder = "tests/Linter.Cli.Tests/Formatters";

    public static CliResult Run(string currentDirectory, CliEnvironment environment, params string[] args) =>
        RunWithStdin(currentDirectory, environment, string.Empty, args);

    public static CliResult RunWithStdin(string currentDirectory, CliEnvironment environment, string stdin, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = new StmtlintApp(stdout, stderr, currentDirectory, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)), environment).Run(args);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static CliEnvironment Environment(bool terminal = false, params (string Name, string Value)[] variables) =>
        new(terminal, terminal, variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>Replaces what differs between runs (elapsed time, the temporary directory) with fixed text.</summary>
    public static string Stable(string output, string directory)
    {
        var uri = new Uri(directory.TrimEnd('/') + "/").AbsoluteUri;
        var text = output.Replace(uri, "file:///FIXTURE/", StringComparison.Ordinal);
        text = Seconds().Replace(text, " in 0.00s");
        text = Milliseconds().Replace(text, "\"elapsedMilliseconds\": 0");
        return JUnitTime().Replace(text, "time=\"0.000\"");
    }

    [GeneratedRegex(@" in \d+\.\d\ds")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"""elapsedMilliseconds"": \d+")]
    private static partial Regex Milliseconds();

    [GeneratedRegex(@"time=""\d+\.\d+""")]
    private static partial Regex JUnitTime();
}
