using System.Text.Json;

namespace Linter.Cli.Tests;

/// <summary><c>stmtlint config FILE</c>: which files applied, in order, and where every rule setting and vocabulary list came from.</summary>
public sealed class ConfigCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public ConfigCommandTests()
    {
        _temp.Write(".git/HEAD", "ref: refs/heads/main\n");
        _temp.Write("base.yaml", "rules:\n  trailing-whitespace: warning\n  claim-without-rebuttal:\n    window: turn\n");
        _temp.Write(".stmtlint.yaml", "root: true\nextends:\n  - base.yaml\nrules:\n  missing-date: off\nvocabulary:\n  honorifics:\n    add: [Envoy]\noverrides:\n  - files: [\"docs/**\"]\n    rules:\n      trailing-whitespace: error\n");
        _temp.Write("docs/.editorconfig", "[*.txt]\nstmtlint_diagnostic.SL4004.severity = suggestion\n");
        _temp.Write("docs/remarks.txt", "Remarks\n");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TextListsTheFilesInOrderAndWhereEachSettingCameFrom()
    {
        var result = CliRunner.Run(_temp.Path, "config", "docs/remarks.txt");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("configuration for docs/remarks.txt", lines[0]);
        Assert.Equal(
            [
                "  1. base.yaml (extended)",
                "  2. .stmtlint.yaml",
                "  3. .stmtlint.yaml, override for docs/**",
                "  4. docs/.editorconfig, section [*.txt]",
            ],
            lines.SkipWhile(l => !l.StartsWith("files, in the order applied", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)));

        // The .editorconfig section wins over the override, which wins over the extended file.
        Assert.Matches(@"^  SL4004 trailing-whitespace +info +from docs/\.editorconfig, section \[\*\.txt\]$", Line(lines, "SL4004"));
        Assert.Matches(@"^  SL2001 missing-date +off +from \.stmtlint\.yaml$", Line(lines, "SL2001"));
        Assert.Contains(lines, l => l.Trim() == "window = turn  from base.yaml (extended)");
        Assert.Contains(lines, l => l.StartsWith("  honorifics (", StringComparison.Ordinal) && l.Contains("from .stmtlint.yaml): ", StringComparison.Ordinal) && l.EndsWith(", Envoy", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  abbreviations (", StringComparison.Ordinal) && l.Contains("from default): ", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonCarriesTheSameFactsWithTheirSources()
    {
        var result = CliRunner.Run(_temp.Path, "config", "--format", "json", "docs/remarks.txt");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("docs/remarks.txt", root.GetProperty("document").GetString());
        Assert.Equal(
            ["extends:base.yaml", "file:.stmtlint.yaml", "override:.stmtlint.yaml", "editorconfig:docs/.editorconfig"],
            root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString() + ":" + f.GetProperty("path").GetString()));
        Assert.Equal("docs/**", root.GetProperty("files")[2].GetProperty("files").GetString());

        var rules = root.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal("info", rules["SL4004"].GetProperty("severity").GetString());
        Assert.Equal("editorconfig", rules["SL4004"].GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal("off", rules["SL2001"].GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, rules["SL3003"].GetProperty("source").ValueKind);
        var window = rules["SL1001"].GetProperty("options").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "window");
        Assert.Equal("turn", window.GetProperty("value").GetString());
        Assert.Equal("base.yaml", window.GetProperty("source").GetProperty("path").GetString());

        var honorifics = root.GetProperty("vocabulary").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "honorifics");
        Assert.Contains("Envoy", honorifics.GetProperty("phrases").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(".stmtlint.yaml", honorifics.GetProperty("source").GetProperty("path").GetString());
    }

    [Fact]
    public void ADocumentNoFileCoversHasEveryRuleAtItsDefault()
    {
        using var bare = new TempDirectory();
        bare.Write(".git/HEAD", "ref: refs/heads/main\n");

        var result = CliRunner.Run(bare.Path, "config", "new.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("files: none (every rule at its default)", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Stdout.Split('\n').Where(l => l.StartsWith("  SL", StringComparison.Ordinal)), l => !l.EndsWith("from default", StringComparison.Ordinal));
    }

    [Fact]
    public void AConfigurationMistakeIsPrintedWithItsPositionAndExitsWithTwo()
    {
        _temp.Write("docs/.stmtlint.yaml", "rules:\n  SL4002: eror\n");

        var result = CliRunner.Run(_temp.Path, "config", "docs/remarks.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("docs/.stmtlint.yaml(2,11): error config: unknown severity 'eror' for SL4002", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ADirectoryIsAUsageError()
    {
        var result = CliRunner.Run(_temp.Path, "config", "docs");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'docs' is a directory", result.Stderr, StringComparison.Ordinal);
    }

    private static string Line(string[] lines, string id) => Assert.Single(lines, l => l.StartsWith("  " + id + " ", StringComparison.Ordinal));
}
