namespace Linter.Cli.Tests.Formatters;

/// <summary>
/// Text from a repository (messages quoting documents, file names) never reaches a terminal or a
/// line-based reader raw: control characters are escaped in every human format, and a file name
/// with a line break cannot forge a diagnostic line of its own.
/// </summary>
public sealed class ControlCharacterTests : IDisposable
{
    /// <summary>Sets the terminal's title, then clears the screen.</summary>
    private const string Escapes = "\u001b]0;pwned\u0007\u001b[2J";

    private readonly TempDirectory _tree = new();

    public ControlCharacterTests()
    {
        _tree.Write(".stmtlint.yaml", "custom-rules: [house.yaml]\n");
        _tree.Write("house.yaml", "id: HOUSE001\nname: no-beep\nkind: existence\nmessage: \"found '{match}'\"\npatterns: ['beep\\S*']\n");
    }

    public void Dispose() => _tree.Dispose();

    [Theory]
    [InlineData("pretty")]
    [InlineData("msbuild")]
    [InlineData("github")]
    public void EscapesInAMessageAreShownNotSent(string format)
    {
        _tree.Write("doc.txt", $"Statement by Minister (2022-04-29)\n\nThe beep{Escapes} is here.\n");

        var result = CliRunner.Run(_tree.Path, "check", "--no-cache", "--format", format, "doc.txt");

        Assert.Contains("HOUSE001", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("beep\\u001B]0;pwned\\u0007\\u001B[2J", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.DoesNotContain('\u0007', result.Stdout);
    }

    [Theory]
    [InlineData("pretty")]
    [InlineData("msbuild")]
    [InlineData("github")]
    public void ALineBreakInAFileNameCannotForgeADiagnosticLine(string format)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows file names cannot hold a line break.
        }

        var name = "evil\nforged.txt(1,1,1,2): error SL0000: forged [x]\n\u001b[2Jx.txt";
        _tree.Write(name, "Statement by Minister (2022-04-29)\n\nThe beep is here.\n");

        var result = CliRunner.Run(_tree.Path, "check", "--no-cache", "--format", format, ".");

        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.DoesNotContain(result.Stdout.Split('\n'), line => line.StartsWith("forged.txt", StringComparison.Ordinal));
        if (format == "msbuild")
        {
            var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("evil\\u000Aforged.txt(1,1,1,2): error SL0000: forged [x]\\u000A\\u001B[2Jx.txt(3,5,3,9): warning HOUSE001", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void JUnitWritesControlCharactersAsTextAndTheOtherOutputsAreWrittenToo()
    {
        // Issue 14: JUnit threw ArgumentException on 0x1B, and the JSON and SARIF outputs of the same run were never written.
        _tree.Write("doc.txt", $"Statement by Minister (2022-04-29)\n\nThe beep{Escapes} is here.\n");

        var result = CliRunner.Run(_tree.Path, "check", "--no-cache", "--format", "junit", "--output", "r.xml", "--format", "json", "--output", "r.json", "--format", "sarif", "--output", "r.sarif", "doc.txt");

        Assert.NotEqual(2, result.ExitCode);
        var junit = System.Xml.Linq.XDocument.Load(Path.Combine(_tree.Path, "r.xml"));
        Assert.Contains("beep\\u001B]0;pwned", junit.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_tree.Path, "r.json")));
        Assert.True(File.Exists(Path.Combine(_tree.Path, "r.sarif")));
    }

    [Fact]
    public void AnOutputThatFailsDoesNotStopTheOthers()
    {
        // A folder that appears where the JUnit file should go once the run has started: renaming the finished report over it fails at the end.
        // (A folder there before the run is refused up front, as a usage error: see CommandLineUsageTests.)
        var requests = new[] { new Linter.Cli.Formatters.OutputRequest("junit", "taken"), new Linter.Cli.Formatters.OutputRequest("json", "r.json") };
        IReadOnlyList<string> failures;
        using (var outputs = Linter.Cli.Formatters.RunOutputs.Open(requests, TextWriter.Null, stdoutColour: false, holdStdout: false, _tree.Path))
        {
            Directory.CreateDirectory(Path.Combine(_tree.Path, "taken"));
            outputs.End(new Linter.Cli.Formatters.RunTotals(), TimeSpan.Zero);
            failures = outputs.Failures;
        }

        Assert.Contains(failures, f => f.Contains("stmtlint: error: the junit output 'taken' could not be written", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_tree.Path, "r.json")));
        Assert.Empty(Directory.GetFiles(_tree.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void EscapeLeavesOrdinaryTextAloneAndEscapesEveryControl()
    {
        Assert.Same("Trade is down — “quoted” 中文", TerminalText.Escape("Trade is down — “quoted” 中文"));
        Assert.Equal("a\\u0009b\\u000Dc\\u007Fd\\u009Be\\u202Ef", TerminalText.Escape("a\tb\rc\u007fd\u009be\u202ef"));
    }
}
