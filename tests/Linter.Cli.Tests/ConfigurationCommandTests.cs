using System.Text.RegularExpressions;
using Linter.Rules;

namespace Linter.Cli.Tests;

public sealed class ConfigurationCommandTests
{
    private const string Chrome = "Statement by Minister (2022-4-29)\n\nTrade is down.\n\nPrint\n";
    private const string Undated = "Statement by Minister\n\nTrade is down.\n";

    // Markdown takes its title from a "# " heading, so a Markdown copy of the undated statement also has no title (SL2005).
    private const string UndatedMarkdown = "# Statement by Minister\n\nTrade is down.\n";

    [Fact]
    public void AConfigurationErrorPrintsEveryErrorWithItsPositionAndExitsWithTwoBeforeLinting()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/.stmtlint.yaml", "rules:\n  SL4002: eror\n  missing-dat: off\nrulez: {}\n");
        temp.Write("docs/undated.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check", "docs");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            """
            docs/.stmtlint.yaml(2,11): error config: unknown severity 'eror' for SL4002
                hint: did you mean 'error'?
            docs/.stmtlint.yaml(3,3): error config: unknown rule 'missing-dat'
                hint: did you mean 'missing-date' (SL2001)?
            docs/.stmtlint.yaml(4,1): error config: unknown key 'rulez'
                hint: did you mean 'rules'?
            stmtlint: 3 configuration errors; nothing was checked

            """,
            result.Stderr);
    }

    [Fact]
    public void ASyntaxErrorInTheConfigurationExitsWithTwo()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "rules: [SL4002: off\n");
        temp.Write("doc.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(".stmtlint.yaml(2,1): error config: invalid YAML: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscoveredConfigurationSetsSeveritiesPerFolder()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "rules:\n  page-boilerplate: error\n");
        temp.Write("archive/.stmtlint.yaml", "rules:\n  SL4002: off\n");
        temp.Write("new.txt", Chrome);
        temp.Write("archive/old.txt", Chrome);

        var result = CliRunner.Run(temp.Path, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("new.txt(5,1,5,6): error SL4002: page boilerplate 'Print' left in the text [page-boilerplate]\n", result.Stdout);
    }

    [Fact]
    public void AnExplicitConfigurationIsTheOnlyOneUsed()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "rules:\n  SL4002: error\n");
        temp.Write("ci/quiet.yaml", "rules:\n  SL4002: off\n  SL2001: warning\n");
        temp.Write("doc.txt", Chrome);
        temp.Write("undated.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check", "--config", "ci/quiet.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("undated.txt(1,1,1,22): warning SL2001: ", result.Stdout, StringComparison.Ordinal);
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void AMissingExplicitConfigurationExitsWithTwo()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Chrome);

        var result = CliRunner.Run(temp.Path, "check", "--config", "nope.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: configuration file 'nope.yaml' does not exist\n", result.Stderr);
    }

    [Fact]
    public void ExcludedFilesAreSkippedSilentlyWhenFoundAndWithAWarningWhenNamed()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "include: ['**/*.txt']\nexclude: ['archive/**']\n");
        temp.Write("archive/old.txt", Undated);
        temp.Write("notes.md", UndatedMarkdown);
        temp.Write("current.txt", Undated);

        var walked = CliRunner.Run(temp.Path, "check", ".");
        var named = CliRunner.Run(temp.Path, "check", "archive/old.txt", "notes.md");

        Assert.StartsWith("current.txt(", walked.Stdout, StringComparison.Ordinal);
        Assert.Single(walked.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("stmtlint: 1 file checked: 1 error, 0 warnings, 0 info\n", walked.Stderr);
        Assert.StartsWith("notes.md(", named.Stdout, StringComparison.Ordinal);
        Assert.Equal(
            "stmtlint: warning: 'archive/old.txt' is ignored because of a matching exclude pattern in the configuration\nstmtlint: 1 file checked: 1 error, 0 warnings, 0 info\n",
            named.Stderr);
    }

    [Fact]
    public void EditorConfigSeverityWinsOverTheYamlConfiguration()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "rules:\n  SL4002: error\n");
        temp.Write(".editorconfig", "root = true\n\n[*.txt]\nstmtlint_diagnostic.SL4002.severity = suggestion\n");
        temp.Write("doc.txt", Chrome);

        var result = CliRunner.Run(temp.Path, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("doc.txt(5,1,5,6): info SL4002: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredVocabularyReachesTheParser()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "vocabulary:\n  boilerplate-lines:\n    add: [Imprimer]\n");
        temp.Write("doc.txt", "Remarques (2022-4-29)\n\nTrade is down.\n\nImprimer\n");

        var result = CliRunner.Run(temp.Path, "check");

        Assert.StartsWith("doc.txt(5,1,5,9): warning SL4002: page boilerplate 'Imprimer'", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void InitWritesAStarterThatLoadsWithoutErrorsAndChangesNothing()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", Chrome);
        var without = CliRunner.Run(temp.Path, "check");

        var init = CliRunner.Run(temp.Path, "init");
        var with = CliRunner.Run(temp.Path, "check");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal("Wrote .stmtlint.yaml: every rule is listed in it, commented out, at its default severity.\n", init.Stdout);
        Assert.Equal(without, with);
        var text = File.ReadAllText(Path.Combine(temp.Path, ".stmtlint.yaml"));
        Assert.Contains("  # SL4002 page-boilerplate: Web-page boilerplate left in the text.\n  # SL4002: warning\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void InitWithEveryRuleUncommentedStillLoads()
    {
        using var temp = new TempDirectory();
        CliRunner.Run(temp.Path, "init");
        var path = Path.Combine(temp.Path, ".stmtlint.yaml");

        // Uncommenting a rule's severity line is the starter's whole point, so each such line must be valid as it stands.
        var lines = File.ReadAllText(path).Split('\n');
        var uncommented = lines.Select(line => Regex.IsMatch(line, "^  # SL[0-9]{4}: [a-z]+") ? "  " + line[4..] : line).ToArray();
        File.WriteAllText(path, string.Join('\n', uncommented));
        temp.Write("doc.txt", Chrome);

        var result = CliRunner.Run(temp.Path, "check");

        Assert.Equal(BuiltInRules.Catalog.Length, lines.Zip(uncommented).Count(pair => pair.First != pair.Second));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("stmtlint: 1 file checked: 0 errors, 1 warning, 0 info; 0 fixable with --fix (1 more with --unsafe-fixes)\n", result.Stderr);
    }

    [Fact]
    public void InitRefusesToOverwriteWithoutForce()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "root: true\n");

        var refused = CliRunner.Run(temp.Path, "init");
        var forced = CliRunner.Run(temp.Path, "init", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("stmtlint: error: .stmtlint.yaml already exists; use --force to overwrite it\n", refused.Stderr);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("# stmtlint configuration.", File.ReadAllText(Path.Combine(temp.Path, ".stmtlint.yaml")), StringComparison.Ordinal);
    }
}
