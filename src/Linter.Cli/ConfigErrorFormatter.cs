using System.Globalization;
using Linter.Analysis.Configuration;

namespace Linter.Cli;

/// <summary>
/// Prints a configuration error in msbuild form, <c>path(line,col): error config: message</c>, so that
/// editors jump to it, with the hint on an indented line below.
/// </summary>
internal static class ConfigErrorFormatter
{
    public static void Write(TextWriter writer, ConfigurationError error, string currentDirectory)
    {
        var path = PathResolver.ToDisplayPath(error.Path, currentDirectory);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}({error.Line},{error.Column}): error config: {error.Message}"));
        if (error.Hint is not null)
        {
            writer.WriteLine($"    hint: {error.Hint}");
        }
    }
}
