namespace Linter.Cli.Tests.CustomRules;

/// <summary>
/// A C# rule is repository code: its constructor runs as soon as a command loads it, and that is
/// <c>rules</c> and <c>explain</c> as much as <c>check</c>. Every such command takes
/// <c>--no-code-rules</c>, and <c>STMTLINT_NO_CODE_RULES=1</c> refuses C# rules whatever the command line says.
/// </summary>
public sealed class CodeRuleRefusalTests : IDisposable
{
    private readonly TempDirectory _tree = new();

    public CodeRuleRefusalTests()
    {
        // As in the report: the C# file comes in through extends, so the top configuration looks harmless.
        _tree.Write(".stmtlint.yaml", "root: true\nextends: base/stmtlint.yaml\n");
        _tree.Write("base/stmtlint.yaml", "custom-rules: [evil.cs]\n");
        _tree.Write("base/evil.cs", $$""""
            public sealed class EvilRule : Rule
            {
                public static readonly DiagnosticDescriptor Descriptor = new(
                    "EVIL001", "evil", title: "Evil", messageFormat: "evil", RuleCategory.Custom, Severity.Warning);

                public EvilRule() => System.IO.File.WriteAllText("""{{Marker}}""", "ran");

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

                public override void Initialize(RuleContext context) => context.RegisterDocumentAction(_ => { });
            }
            """");
        _tree.Write("plan.txt", "Remarks on the plan\n\nIt is a good plan.\n");
        _tree.Write("fixtures/SL4004.md", "Remarks\n\nNothing here.\n");
    }

    private string Marker => Path.Combine(_tree.Path, "code-rule-ran");

    /// <summary>Every command that loads custom rules, as typed.</summary>
    public static TheoryData<string> CommandsThatLoadRules => new()
    {
        "check --no-cache plan.txt",
        "rules",
        "rules --format json",
        "explain EVIL001",
        "test-rules fixtures",
    };

    public void Dispose() => _tree.Dispose();

    [Theory]
    [MemberData(nameof(CommandsThatLoadRules))]
    public void WithoutRefusalTheRulesConstructorRuns(string commandLine)
    {
        var command = commandLine.Split(' ');
        CliRunner.Run(_tree.Path, command);

        Assert.True(File.Exists(Marker), "the C# rule was expected to run, which is what the refusals below prevent");
    }

    [Theory]
    [MemberData(nameof(CommandsThatLoadRules))]
    public void NoCodeRulesIsAcceptedAndRunsNoCode(string commandLine)
    {
        var command = commandLine.Split(' ');
        var result = CliRunner.Run(_tree.Path, [.. command, "--no-code-rules"]);

        Assert.DoesNotContain("Unrecognized", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("evil.cs' was neither compiled nor run", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Marker));
    }

    [Theory]
    [MemberData(nameof(CommandsThatLoadRules))]
    public void TheEnvironmentVariableRefusesCodeRulesWhateverTheCommandLine(string commandLine)
    {
        var command = commandLine.Split(' ');
        var result = CliRunner.Run(_tree.Path, CliRunner.Environment(("STMTLINT_NO_CODE_RULES", "1")), command);

        Assert.Contains("evil.cs' was neither compiled nor run", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Marker));
    }

    [Theory]
    [MemberData(nameof(CommandsThatLoadRules))]
    public void TheNativeBuildsHintNamesAFlagTheCommandAccepts(string commandLine)
    {
        var command = commandLine.Split(' ');
        var hint = ManagedBuildHandoff.Hint(command);
        var result = CliRunner.Run(_tree.Path, [.. command, "--no-code-rules"]);

        Assert.Contains($"--no-code-rules to 'stmtlint {command[0]}'", hint, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", result.Stderr, StringComparison.Ordinal);
        Assert.NotEqual("Run 'stmtlint --help' for usage.", result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault());
    }
}
