namespace Linter.Cli.Tests.RuleAuthoring;

public sealed class TestRulesCommandTests
{
    [Fact]
    public void TheSamplesFixturesPass()
    {
        var result = CliRunner.Run(RepositoryPaths.Root, "test-rules", "samples/rules/tests");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PASS samples/rules/tests/HOUSE001.fires.md (HOUSE001 house-spelling)\n", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith(" fixtures: " + result.Stdout.Split('\n').Count(l => l.StartsWith("PASS", StringComparison.Ordinal)) + " passed, 0 failed\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailureShowsExpectedAndActualSideBySide()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: [rules/*.yaml]\nexclude: ['rules/tests/**']\n");
        directory.Write("rules/no-very.yaml", "id: HOUSE002\nname: no-very\nmessage: \"avoid '{match}'\"\nkind: existence\ntokens: [very]\nignorecase: true\n");
        directory.Write("rules/tests/no-very.txt", "Remarks\n\nIt was [|very|] good and Very nice, not [|every|] time.\n");

        var result = CliRunner.Run(directory.Path, "test-rules", "rules/tests");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            """
            FAIL rules/tests/no-very.txt (HOUSE002 no-very)
              The rules reported other diagnostics than the fixture marks.
                expected                                     | actual
                HOUSE002 3:8-3:12 'very'                     | HOUSE002 3:8-3:12 'very'
                                                             | HOUSE002 3:22-3:26 'Very' <- unexpected
                HOUSE002 3:37-3:42 'every'                   |                      <- missing
            stmtlint: 1 fixture: 0 passed, 1 failed

            """.ReplaceLineEndings("\n"),
            result.Stdout);
    }

    [Fact]
    public void AFixtureChecksTheFixedTextBesideIt()
    {
        using var directory = new TempDirectory();
        directory.Write(".stmtlint.yaml", "custom-rules: [rules/*.yaml]\n");
        directory.Write("rules/spelling.yaml", "id: HOUSE001\nname: spelling\nmessage: m\nkind: substitution\nswap: { e-mail: email }\n");
        directory.Write("rules/tests/HOUSE001.txt", "Remarks\n\nSend an [|e-mail|].\n");
        directory.Write("rules/tests/HOUSE001.fixed.txt", "Remarks\n\nSend an e-letter.\n");

        var result = CliRunner.Run(directory.Path, "test-rules", "rules/tests");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("  Applying the fixes gave another text than the fixture states.\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("-Send an e-letter.\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+Send an email.\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInRulesAreTestedTheSameWay()
    {
        using var directory = new TempDirectory();
        directory.Write("SL3006.txt", "Remarks\n\nIt is over[| .|]\n");
        directory.Write("SL3006.fixed.txt", "Remarks\n\nIt is over.\n");
        directory.Write("trailing-whitespace.silent.txt", "Remarks\n\nNothing trails.\n");

        var result = CliRunner.Run(directory.Path, "test-rules", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "PASS SL3006.txt (SL3006 space-before-punctuation)\nPASS trailing-whitespace.silent.txt (SL4004 trailing-whitespace)\nstmtlint: 2 fixtures: 2 passed, 0 failed\n",
            result.Stdout);
    }

    [Fact]
    public void AFixtureThatNamesNoRuleFails()
    {
        using var directory = new TempDirectory();
        directory.Write("notes.txt", "Remarks\n");

        var result = CliRunner.Run(directory.Path, "test-rules", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL notes.txt\n  names no rule", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFixturesIsAnError()
    {
        using var directory = new TempDirectory();

        var result = CliRunner.Run(directory.Path, "test-rules", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no fixtures under '.'", result.Stderr, StringComparison.Ordinal);
    }
}
