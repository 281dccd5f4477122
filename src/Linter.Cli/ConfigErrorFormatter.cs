using System.Globalization;
using Linter.Analysis.Configuration;
using Linter.CustomRules;

namespace Linter.Cli;

/// <summary>
/// Prints a configuration error in msbuild form, <c>path(line,col): error config: message</c>, so that
/// editors jump to it, with the hint on an indented line below.
/// </summary>
internal static class ConfigErrorFormatter
{
    public static void Write(TextWriter writer, ConfigurationError error, string currentDirectory) =>
        Write(writer, error.Path, error.Line, error.Column, "config", error.Message, error.Hint, currentDirectory);

    /// <summary>A mistake in a custom rule file, in the same form; C# compile errors carry the compiler's ID (<c>CS1002</c>).</summary>
    public static void Write(TextWriter writer, RuleFileError error, string currentDirectory) =>
        Write(writer, error.Path, error.Line, error.Column, error.Code, error.Message, error.Hint, currentDirectory);

    private static void Write(TextWriter writer, string fullPath, int line, int column, string code, string message, string? hint, string currentDirectory)
    {
        var path = TerminalText.Escape(PathResolver.ToDisplayPath(fullPath, currentDirectory));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}({line},{column}): error {code}: {TerminalText.Escape(message)}"));
        if (hint is not null)
        {
            writer.WriteLine($"    hint: {TerminalText.Escape(hint)}");
        }
    }
}
