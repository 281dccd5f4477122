using System.Globalization;
using Linter.Analysis.Configuration;
using Linter.Cli.Linting;
using Linter.CustomRules;

namespace Linter.Cli;

/// <summary>
/// Prints a configuration error in msbuild form, <c>path(line,col): error config: message</c>, so that
/// editors jump to it, with the hint on an indented line below.
/// </summary>
internal static class ConfigErrorFormatter
{
    /// <summary>
    /// Prints the C# rule files skipped, then the mistakes in custom rule files or, when there are
    /// none, in configuration files, each with a closing count; false when there was a mistake, and
    /// nothing may be checked.
    /// </summary>
    public static bool WriteProblems(TextWriter writer, ConfigurationProblems problems, string currentDirectory)
    {
        foreach (var skipped in problems.SkippedCodeFiles)
        {
            writer.WriteLine($"stmtlint: warning: --no-code-rules: the C# rule file '{TerminalText.Escape(PathResolver.ToDisplayPath(skipped, currentDirectory))}' was neither compiled nor run");
        }

        // A broken rule file leaves its rules unknown to configuration, so the configuration mistakes it causes would only repeat it.
        if (!problems.RuleFileErrors.IsEmpty)
        {
            foreach (var error in problems.RuleFileErrors)
            {
                Write(writer, error, currentDirectory);
            }

            writer.WriteLine($"stmtlint: {Plural(problems.RuleFileErrors.Length, "error")} in custom rule files; nothing was checked");
            return false;
        }

        if (!problems.ConfigurationErrors.IsEmpty)
        {
            foreach (var error in problems.ConfigurationErrors)
            {
                Write(writer, error, currentDirectory);
            }

            writer.WriteLine($"stmtlint: {Plural(problems.ConfigurationErrors.Length, "configuration error")}; nothing was checked");
            return false;
        }

        return true;
    }

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

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
