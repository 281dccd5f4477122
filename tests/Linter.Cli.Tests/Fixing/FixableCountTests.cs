using System.Text.Json;

namespace Linter.Cli.Tests.Fixing;

/// <summary>The fixable count a check prints is what <c>--fix</c> then does: safe fixes applied, unsafe ones left for <c>--unsafe-fixes</c>.</summary>
public sealed class FixableCountTests : IDisposable
{
    // Two safe fixes (the space before '.', the trailing space) and one unsafe one (the 'Print' boilerplate).
    private const string Document = "Statement by Minister (2022-04-29)\n\nTrade is up . \n\nPrint\n";

    private readonly TempDirectory _temp = new();

    public FixableCountTests()
    {
        _temp.Write("doc.txt", Document);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheSummarySaysWhatFixAndUnsafeFixesWouldDo()
    {
        var check = CliRunner.Run(_temp.Path, "check", "--no-cache", "doc.txt");
        var fix = CliRunner.Run(_temp.Path, "check", "--fix", "--dry-run", "doc.txt");

        Assert.EndsWith("; 2 fixable with --fix (1 more with --unsafe-fixes)\n", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("stmtlint: would fix 2 problems in 1 file\nstmtlint: 1 more fixable with --unsafe-fixes\n", fix.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonSplitsTheFixableCountTheSameWay()
    {
        var result = CliRunner.Run(_temp.Path, "check", "--no-cache", "--format", "json", "doc.txt");
        using var json = JsonDocument.Parse(result.Stdout);
        var summary = json.RootElement.GetProperty("summary");

        Assert.Equal(3, summary.GetProperty("fixable").GetInt32());
        Assert.Equal(2, summary.GetProperty("fixableSafe").GetInt32());
        Assert.Equal(1, summary.GetProperty("fixableUnsafe").GetInt32());
    }

    [Fact]
    public void PrettySaysTheSame()
    {
        var result = CliRunner.Run(_temp.Path, "check", "--no-cache", "--format", "pretty", "doc.txt");

        Assert.Contains("; 2 fixable with --fix (1 more with --unsafe-fixes).", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingFixableSaysNothing()
    {
        _temp.Write("doc.txt", "Statement by Minister (2022-04-29)\n\nTrade is up.\n");

        Assert.Equal("stmtlint: 1 file checked: 0 errors, 0 warnings, 0 info\n", CliRunner.Run(_temp.Path, "check", "--no-cache", "doc.txt").Stderr);
    }
}
