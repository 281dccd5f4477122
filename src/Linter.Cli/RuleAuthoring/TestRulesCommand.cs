using System.Globalization;
using Linter.Analysis;
using Linter.Analysis.Testing;
using Linter.Cli.Fixing;
using Linter.CustomRules;
using Microsoft.CodeAnalysis.Text;
using Linter.Analysis.IO;

namespace Linter.Cli.RuleAuthoring;

/// <summary>
/// <c>stmtlint test-rules DIR</c>: runs every fixture under DIR against the rule it names, with the
/// rules and options its configuration gives, through the same <see cref="RuleTester"/> that tests
/// the built-in rules.
/// </summary>
/// <remarks>
/// A fixture is a document (<c>.md</c>, <c>.markdown</c>, <c>.txt</c>) with the expected diagnostics
/// marked in it: <c>{|ID:text|}</c>, or <c>[|text|]</c> for the fixture's own rule. The rule is named
/// by the file name up to its first dot (<c>HOUSE001.fires.md</c>, <c>no-very.md</c>) or else by the
/// folder it is in (<c>HOUSE001/fires.md</c>). The expected text after fixes, if any, is beside it
/// with <c>.fixed</c> before the extension (<c>HOUSE001.fires.fixed.md</c>).
/// </remarks>
internal sealed class TestRulesCommand
{
    private const string FixedMarker = ".fixed";
    private const int ColumnWidth = 44;
    private static readonly string[] s_extensions = [".md", ".markdown", ".txt"];

    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _currentDirectory;

    public TestRulesCommand(TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        _stdout = stdout;
        _stderr = stderr;
        _currentDirectory = currentDirectory;
    }

    /// <summary>Runs the fixtures under <paramref name="directory"/>; 0 when all pass, 1 when one fails, 2 when none is found or configuration is wrong.</summary>
    /// <param name="directory">The folder of fixtures.</param>
    /// <param name="configPath"><c>--config</c>, or null.</param>
    /// <param name="loadOptions">Whether C# rules may run (<c>--no-code-rules</c>, <c>STMTLINT_NO_CODE_RULES</c>) and where compiled ones are kept.</param>
    public int Run(string directory, string? configPath, CustomRuleLoadOptions loadOptions)
    {
        var root = PathResolver.ToFullPath(directory, _currentDirectory);
        if (!Directory.Exists(root))
        {
            throw new UsageException($"'{directory}' is not a directory");
        }

        string? explicitConfig = null;
        if (configPath is not null)
        {
            explicitConfig = PathResolver.ToFullPath(configPath, _currentDirectory);
            if (!File.Exists(explicitConfig))
            {
                throw new UsageException($"configuration file '{configPath}' does not exist");
            }
        }

        var fixtures = FindFixtures(root);
        if (fixtures.Count == 0)
        {
            _stderr.WriteLine($"stmtlint: error: no fixtures under '{directory}': a fixture is a .md, .markdown or .txt file named after its rule, such as 'HOUSE001.fires.md'");
            return ExitCodes.Failure;
        }

        if (!ConfigurationStep.TryResolve(fixtures, f => f, explicitConfig, loadOptions, _stderr, _currentDirectory, out var rules, out var resolver))
        {
            return ExitCodes.Failure;
        }

        var failed = 0;
        foreach (var fixture in fixtures)
        {
            var configuration = resolver.Resolve(fixture);
            if (!RunFixture(fixture, configuration, rules.For(configuration).Engine))
            {
                failed++;
            }
        }

        _stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stmtlint: {fixtures.Count} fixture{(fixtures.Count == 1 ? "" : "s")}: {fixtures.Count - failed} passed, {failed} failed"));
        return failed == 0 ? ExitCodes.Success : ExitCodes.LintErrors;
    }

    private static List<string> FindFixtures(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => s_extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Where(path => !Path.GetFileNameWithoutExtension(path).EndsWith(FixedMarker, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];

    /// <summary>Runs one fixture and prints its outcome; true when it passed.</summary>
    private bool RunFixture(string path, Analysis.Configuration.EffectiveConfiguration configuration, AnalysisEngine engine)
    {
        var display = PathResolver.ToDisplayPath(path, _currentDirectory);
        var rule = FindRule(path, engine);
        if (rule is null)
        {
            _stdout.WriteLine($"FAIL {display}");
            _stdout.WriteLine($"  names no rule: name the file after a rule ID or name ('{FirstSegment(path)}' is neither), as in 'HOUSE001.fires.md', or put it in a folder named after one");
            return false;
        }

        var markup = BoundedFile.ReadAllText(path);
        var fixedPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + FixedMarker + Path.GetExtension(path));
        var fixedText = File.Exists(fixedPath) ? BoundedFile.ReadAllText(fixedPath) : null;
        var result = new RuleTester([rule], configuration.Parse, configuration.Analysis).Run(markup, path, fixedText);
        var ruleName = string.Join(", ", rule.SupportedDiagnostics.Select(d => $"{d.Id} {d.Name}"));
        if (result.Passed)
        {
            _stdout.WriteLine($"PASS {display} ({ruleName})");
            return true;
        }

        _stdout.WriteLine($"FAIL {display} ({ruleName})");
        foreach (var failure in result.Failures)
        {
            _stdout.WriteLine($"  {failure}");
        }

        WriteSideBySide(markup, result, rule);
        if (fixedText is not null && result.FixedText is { } actualFixed && actualFixed != fixedText)
        {
            _stdout.WriteLine($"  the fixed text, against {PathResolver.ToDisplayPath(fixedPath, _currentDirectory)}:");
            foreach (var line in UnifiedDiff.Create(display, fixedText, actualFixed).Split('\n'))
            {
                _stdout.WriteLine("    " + line.TrimEnd('\r'));
            }
        }

        return false;
    }

    /// <summary>The rule the fixture names by its file name's first segment, or else by its folder's name.</summary>
    private static Rule? FindRule(string path, AnalysisEngine engine)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
        foreach (var name in new[] { FirstSegment(path), folder })
        {
            var rule = engine.Rules.FirstOrDefault(r => r.SupportedDiagnostics.Any(d =>
                string.Equals(d.Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)));
            if (rule is not null)
            {
                return rule;
            }
        }

        return null;
    }

    private static string FirstSegment(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? name : name[..dot];
    }

    /// <summary>Expected and actual diagnostics in two columns, matching rows side by side and the differences marked.</summary>
    private void WriteSideBySide(string markup, RuleTestResult result, Rule rule)
    {
        FixtureMarkup fixture;
        try
        {
            fixture = FixtureMarkup.Parse(markup);
        }
        catch (FormatException)
        {
            return;
        }

        var text = SourceText.From(fixture.Text);
        var ownId = rule.SupportedDiagnostics.Length == 1 ? rule.SupportedDiagnostics[0].Id : "?";
        var expected = fixture.Expected.Select(e => (Id: e.Id ?? ownId, e.Span)).OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var actual = result.Diagnostics.Select(d => (d.Id, d.Location.Span)).OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        _stdout.WriteLine($"    {"expected".PadRight(ColumnWidth)} | actual");
        int i = 0, j = 0;
        while (i < expected.Count || j < actual.Count)
        {
            var order = i >= expected.Count ? 1 : j >= actual.Count ? -1 : Compare(expected[i], actual[j]);
            if (order == 0)
            {
                _stdout.WriteLine($"    {Describe(expected[i], text).PadRight(ColumnWidth)} | {Describe(actual[j], text)}");
                i++;
                j++;
            }
            else if (order < 0)
            {
                _stdout.WriteLine($"    {Describe(expected[i], text).PadRight(ColumnWidth)} | {"",-20} <- missing");
                i++;
            }
            else
            {
                _stdout.WriteLine($"    {"".PadRight(ColumnWidth)} | {Describe(actual[j], text)} <- unexpected");
                j++;
            }
        }

        if (expected.Count == 0 && actual.Count == 0)
        {
            _stdout.WriteLine($"    {"(none)".PadRight(ColumnWidth)} | (none)");
        }
    }

    private static int Compare((string Id, TextSpan Span) a, (string Id, TextSpan Span) b)
    {
        var order = a.Span.Start.CompareTo(b.Span.Start);
        order = order != 0 ? order : a.Span.End.CompareTo(b.Span.End);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>"HOUSE001 3:5-3:14 'co-operation'", 1-based, the text cut short when long.</summary>
    private static string Describe((string Id, TextSpan Span) diagnostic, SourceText text)
    {
        var span = TextSpan.FromBounds(Math.Min(diagnostic.Span.Start, text.Length), Math.Min(diagnostic.Span.End, text.Length));
        var lines = text.Lines.GetLinePositionSpan(span);
        var quoted = text.ToString(span).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
        if (quoted.Length > 18)
        {
            quoted = quoted[..17] + "…";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Id} {lines.Start.Line + 1}:{lines.Start.Character + 1}-{lines.End.Line + 1}:{lines.End.Character + 1} '{quoted}'");
    }
}
