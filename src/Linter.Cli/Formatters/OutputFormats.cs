namespace Linter.Cli.Formatters;

/// <summary>The format names <c>--format</c> accepts, and the formatter for each.</summary>
internal static class OutputFormats
{
    public const string Pretty = "pretty";
    public const string MsBuild = "msbuild";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string GitHub = "github";
    public const string JUnit = "junit";
    public const string Html = "html";

    public static IReadOnlyList<string> Names { get; } = [Pretty, MsBuild, Json, Sarif, GitHub, JUnit, Html];

    /// <summary>The format used when none is given: annotations in GitHub Actions, pretty at a terminal, msbuild otherwise.</summary>
    public static string Default(CliEnvironment environment) =>
        environment.IsGitHubActions ? GitHub : environment.StdoutIsTerminal ? Pretty : MsBuild;

    /// <param name="format">A name from <see cref="Names"/>.</param>
    /// <param name="colour">Whether pretty output may use colour (a terminal, no NO_COLOR, no --no-color).</param>
    /// <param name="currentDirectory">The directory relative paths are relative to (SARIF records it).</param>
    /// <param name="settings">The formatters' own options and environment; <see cref="FormatterSettings.Default"/> when null.</param>
    public static IOutputFormatter Create(string format, bool colour, string currentDirectory, FormatterSettings? settings = null) => format switch
    {
        Pretty => new PrettyFormatter(colour),
        MsBuild => new MsBuildOutputFormatter(),
        Json => new JsonFormatter(),
        Sarif => new SarifFormatter(currentDirectory),
        GitHub => new GitHubFormatter(settings ?? FormatterSettings.Default),
        JUnit => new JUnitFormatter((settings ?? FormatterSettings.Default).JUnitFailures),
        Html => new HtmlFormatter(),
        _ => throw new UsageException($"unknown format '{format}'; expected one of {string.Join(", ", Names)}"),
    };
}
