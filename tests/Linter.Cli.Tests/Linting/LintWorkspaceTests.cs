using System.Text.Json;
using Linter.Cli.Linting;
using Linter.CustomRules;

namespace Linter.Cli.Tests.Linting;

/// <summary>The per-document step that check and the language server share: plans per document, nothing linted under a broken plan, the same diagnostics as check.</summary>
public sealed class LintWorkspaceTests : IDisposable
{
    private const string Document = "Remarks by the Spokesperson (2022-04-29)\n\nZhao Lijian: Trade is up.   \n";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void APlanCarriesTheMistakesOfItsOwnFilesOnlyWhateverWasPlannedBefore()
    {
        _temp.Write("broken/.stmtlint.yaml", "rules:\n  SL4002: warn\n");
        _temp.Write("fine/.stmtlint.yaml", "rules:\n  trailing-whitespace: error\n");
        var workspace = Workspace();

        var broken = workspace.PlanFor(Path.Combine(_temp.Path, "broken", "a.txt"));
        var fine = workspace.PlanFor(Path.Combine(_temp.Path, "fine", "a.txt"));

        Assert.True(broken.HasErrors);
        Assert.Contains("unknown severity 'warn'", Assert.Single(broken.Problems.ConfigurationErrors).Message, StringComparison.Ordinal);
        Assert.False(fine.HasErrors);
        Assert.Empty(fine.Problems.ConfigurationErrors);
        Assert.Single(workspace.Problems.ConfigurationErrors);
    }

    [Fact]
    public void NothingIsLintedWhileThePlanHasErrorsAndAnExcludedDocumentIsSaidToBe()
    {
        _temp.Write("broken/.stmtlint.yaml", "rules:\n  SL4002: warn\n");
        _temp.Write("kept/.stmtlint.yaml", "exclude:\n  - \"**/draft-*\"\n");
        var workspace = Workspace();

        var broken = workspace.Lint(Path.Combine(_temp.Path, "broken", "a.txt"), Document);
        var excluded = workspace.Lint(Path.Combine(_temp.Path, "kept", "draft-a.txt"), Document);
        var linted = workspace.Lint(Path.Combine(_temp.Path, "kept", "a.txt"), Document);

        Assert.Null(broken.Lint);
        Assert.False(broken.IsExcluded);
        Assert.Null(excluded.Lint);
        Assert.True(excluded.IsExcluded);
        Assert.NotNull(linted.Lint);
        Assert.Contains(linted.Lint.Diagnostics, d => d.Id == "SL4004");
        Assert.Equal(Document, linted.Lint.Tree.Text.ToString());
    }

    [Fact]
    public void TheCommandLineSelectionIsPartOfThePlan()
    {
        var workspace = Workspace(RuleSelection.Parse(["SL4"], null, ["SL4004"]));

        var diagnostics = workspace.Lint(Path.Combine(_temp.Path, "a.txt"), Document).Lint!.Diagnostics;

        Assert.DoesNotContain(diagnostics, d => d.Id == "SL4004" || !d.Id.StartsWith("SL4", StringComparison.Ordinal) && d.Id is not ("SL0001" or "SL0002"));
    }

    [Fact]
    public void AChangedConfigurationIsReadAgainOnlyAfterConfigurationChanged()
    {
        var config = _temp.Write(".stmtlint.yaml", "rules:\n  trailing-whitespace: error\n");
        var path = Path.Combine(_temp.Path, "a.txt");
        var workspace = Workspace();
        Assert.False(workspace.PlanFor(path).HasErrors);

        File.WriteAllText(config, "rules:\n  trailing-whitespace: eror\n");
        Assert.False(workspace.PlanFor(path).HasErrors);
        workspace.ConfigurationChanged();

        Assert.True(workspace.PlanFor(path).HasErrors);
    }

    [Fact]
    public void ItsDiagnosticsAreTheOnesCheckReports()
    {
        _temp.Write(".stmtlint.yaml", "rules:\n  trailing-whitespace: error\n");
        var path = _temp.Write("remarks.txt", Document);

        var check = CliRunner.Run(_temp.Path, "check", "--format", "json", "--no-cache", "remarks.txt");
        using var json = JsonDocument.Parse(check.Stdout);
        var expected = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString(), d.GetProperty("message").GetString(), d.GetProperty("start").GetProperty("line").GetInt32()))
            .ToList();
        var linted = Workspace().Lint(path, File.ReadAllText(path)).Lint!.Diagnostics
            .Where(d => d.Severity != Linter.Analysis.Severity.Hidden)
            .Select(d => ((string?)d.Id, (string?)d.Message, d.Location.LineSpan.Start.Line + 1))
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, linted);
    }

    [Fact]
    public void NothingInTheWorkerWritesToTheConsole()
    {
        // The worker reports through what it returns; only the front ends (check, lsp) decide what reaches a terminal or a client.
        var folder = Path.Combine(RepositoryPaths.Root, "src", "Linter.Cli", "Linting");
        var files = Directory.GetFiles(folder, "*.cs");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(text.Contains("namespace Linter.Cli.Linting;", StringComparison.Ordinal), $"{file} is outside the Linting namespace");
            Assert.False(text.Contains("Console", StringComparison.Ordinal), $"{file} names the console");
            Assert.False(text.Contains("TextWriter", StringComparison.Ordinal), $"{file} takes a writer to print to");
        }

        var types = typeof(LintWorkspace).Assembly.GetTypes().Where(t => t.Namespace == "Linter.Cli.Linting").ToList();
        Assert.Contains(typeof(FileLinter), types);
        Assert.All(types, t => Assert.DoesNotContain(
            t.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public),
            f => typeof(TextWriter).IsAssignableFrom(f.FieldType)));
    }

    private LintWorkspace Workspace(RuleSelection? selection = null) =>
        new(_temp.Path, explicitConfigPath: null, new CustomRuleLoadOptions { AllowCodeRules = false }, selection);
}
