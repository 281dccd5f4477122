using System.Reflection;

namespace Linter.Cli.Formatters;

/// <summary>The tool's name, version and home page, as machine-readable formats record them.</summary>
internal static class ToolInfo
{
    public const string Name = "stmtlint";

    /// <summary>Where the project lives; SARIF viewers link rule help relative to it.</summary>
    public const string InformationUri = "https://github.com/stmtlint/stmtlint";

    /// <summary>The package version, without the source revision the SDK appends after '+'.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>An absolute help URI for a descriptor's help link, which is a path inside the repository.</summary>
    public static string? HelpUri(string? helpLink) => helpLink switch
    {
        null or "" => null,
        _ when Uri.TryCreate(helpLink, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal) => helpLink,
        _ => $"{InformationUri}/blob/main/{helpLink.TrimStart('/')}",
    };

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
