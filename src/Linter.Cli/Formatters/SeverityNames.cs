using Linter.Analysis;

namespace Linter.Cli.Formatters;

/// <summary>The lower-case severity words every format shares.</summary>
internal static class SeverityNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };
}
