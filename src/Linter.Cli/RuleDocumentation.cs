using System.Globalization;
using System.Text;
using Linter.Analysis;

namespace Linter.Cli;

/// <summary>Finds a rule's documentation page and describes its options, for <c>explain</c> and <c>init</c>.</summary>
internal static class RuleDocumentation
{
    /// <summary>
    /// The page of <paramref name="descriptor"/>, reported by <paramref name="rule"/>: the resource
    /// <c>rules-docs/&lt;file&gt;.md</c> embedded in the rule's assembly (the built-in pack's for the
    /// engine's own diagnostics, which no rule reports), named after the help link (or the rule's type).
    /// Null when there is none.
    /// </summary>
    public static string? FindPage(DiagnosticDescriptor descriptor, Rule? rule)
    {
        var fileName = descriptor.HelpLink is { } link ? Path.GetFileName(link) : rule is null ? null : rule.GetType().Name + ".md";
        if (fileName is null)
        {
            return null;
        }

        var assembly = rule?.GetType().Assembly ?? typeof(Linter.Rules.BuiltInRules).Assembly;
        using (var stream = assembly.GetManifestResourceStream("rules-docs/" + fileName))
        {
            if (stream is not null)
            {
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return reader.ReadToEnd();
            }
        }

        return null;
    }

    /// <summary>"whole number", "one of iso, us" …: how an option's type reads in prose.</summary>
    public static string TypeName(RuleOptionDescriptor option) => option.Type switch
    {
        RuleOptionType.Text => "text",
        RuleOptionType.WholeNumber => "whole number",
        RuleOptionType.Flag => "true or false",
        RuleOptionType.TextList => "list of text",
        _ => "one of " + string.Join(", ", option.AllowedValues ?? []),
    };

    /// <summary>The default as it would be written in YAML.</summary>
    public static string FormatDefault(object? value) => value switch
    {
        null => "none",
        bool flag => flag ? "true" : "false",
        string text => text.Length == 0 ? "\"\"" : text,
        IEnumerable<string> list => "[" + string.Join(", ", list) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "none",
    };

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };

    public static string FixWord(FixAvailability fix) => fix switch
    {
        FixAvailability.Always => "always",
        FixAvailability.Sometimes => "sometimes",
        _ => "no",
    };
}
