using System.Text;
using Linter.Analysis.Configuration;

namespace Linter.Cli;

/// <summary>
/// <c>stmtlint init [--force]</c>: writes a commented starter <c>.stmtlint.yaml</c> in the current
/// directory, listing every rule with its default severity, so that configuring one is uncommenting a line.
/// </summary>
internal sealed class InitCommand
{
    private const string FileName = ".stmtlint.yaml";

    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _currentDirectory;
    private readonly RuleCatalog _catalog;

    public InitCommand(TextWriter stdout, TextWriter stderr, string currentDirectory, RuleCatalog catalog)
    {
        _stdout = stdout;
        _stderr = stderr;
        _currentDirectory = currentDirectory;
        _catalog = catalog;
    }

    public int Run(bool force)
    {
        var path = Path.Combine(_currentDirectory, FileName);
        if (File.Exists(path) && !force)
        {
            _stderr.WriteLine($"stmtlint: error: {FileName} already exists; use --force to overwrite it");
            return ExitCodes.Failure;
        }

        try
        {
            File.WriteAllText(path, Template(_catalog), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {FileName}: {e.Message}", e);
        }

        _stdout.WriteLine($"Wrote {FileName}: every rule is listed in it, commented out, at its default severity.");
        return ExitCodes.Success;
    }

    /// <summary>The starter configuration: valid as it is, and equivalent to having none.</summary>
    public static string Template(RuleCatalog catalog)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# stmtlint configuration. Every key is described in the \"Configuration\" section of the README.");
        Line("# For each document stmtlint uses the nearest .stmtlint.yaml above it, merged over the ones");
        Line("# further up; 'root: true' stops that search at this folder.");
        Line("root: true");
        Line();
        Line("# 'recommended' runs every rule at its default; 'all' also switches on the rules that are off");
        Line("# by default. A path (relative to this file) extends another configuration file.");
        Line("extends: recommended");
        Line();
        Line("# Which documents to check when searching folders, and which to leave alone. Globs are relative");
        Line("# to this folder: '*' stays within a folder name, '**' crosses folders.");
        Line("# include:");
        Line("#   - \"**/*.md\"");
        Line("#   - \"**/*.txt\"");
        Line("# Searching folders leaves out README, CHANGELOG, CONTRIBUTING, LICENSE, CODE_OF_CONDUCT and");
        Line("# SECURITY documents and .github/ and .stmtlint-cache/; an include glob that names one brings it back:");
        Line("#   - \"README.md\"");
        Line("#   - \".github/**\"");
        Line("# exclude:");
        Line("#   - \"archive/**\"");
        Line();
        Line("# Severity per rule, by ID or name: error, warning, info, hidden or off ('on' is the default");
        Line("# severity). A rule with options takes a mapping: SL1001: { severity: warning, <option>: value }");
        Line("rules:");
        foreach (var (descriptor, options) in catalog.Entries)
        {
            var severity = RuleDocumentation.SeverityWord(descriptor.DefaultSeverity);
            Line($"  # {descriptor.Id} {descriptor.Name}: {descriptor.Title.TrimEnd('.')}.");
            foreach (var option in options)
            {
                Line($"  #   option {option.Name} ({RuleDocumentation.TypeName(option)}, default {RuleDocumentation.FormatDefault(option.DefaultValue)}): {option.Description}");
            }

            Line(descriptor.IsEnabledByDefault
                ? $"  # {descriptor.Id}: {severity}"
                : $"  # {descriptor.Id}: {severity}    # off by default: a severity switches it on");
        }

        Line();
        Line("# Settings for some files only, applied in order over the ones above.");
        Line("# overrides:");
        Line("#   - files: [\"drafts/**\"]");
        Line("#     rules:");
        Line("#       missing-date: off");
        Line();
        Line("# The words recognition depends on. A list replaces the default; add/remove edit it. Lists:");
        Line("# " + string.Join(", ", VocabularyNames()) + ".");
        Line("# vocabulary:");
        Line("#   document-type-nouns:");
        Line("#     add: [Proclamation]");
        Line("#   contrast-markers: [However, But, In fact]");
        Line();
        Line("# Documents your statements cite: full name, short names, and optionally the path of their text");
        Line("# (relative to this file) for checking quotations.");
        Line("# cited:");
        Line("#   - name: Declaration for the Future of the Internet");
        Line("#     aliases: [the Declaration]");
        Line("#     path: cited/declaration.txt");
        Line();
        Line("# Custom rule files (YAML or C#), by glob relative to this folder.");
        Line("# custom-rules:");
        Line("#   - \"house-rules/*.yaml\"");
        return text.ToString();
    }

    private static IEnumerable<string> VocabularyNames() => ConfigurationReference.VocabularyLists;
}
