namespace Linter.CustomRules.Tests.CSharp;

/// <summary>
/// The C# compiler is loaded only when a C# rule has to be compiled: not for a run without C# rules,
/// not when compiled rules come from the cache, not under <c>--no-code-rules</c>.
/// </summary>
public sealed class CompilerLoadingTests : IDisposable
{
    private const string Compiler = "Microsoft.CodeAnalysis.CSharp";

    private readonly RuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void RunWithYamlRulesOnlyNeverLoadsTheCompiler()
    {
        _folder.Write(".stmtlint.yaml", "root: true\ncustom-rules: [rules/*.yaml]\n");
        _folder.Write("rules/very.yaml", RuleSources.YamlVery);
        _folder.Write("plan.txt", "Remarks on the plan\n\nIt is a very good plan.\n");

        var run = IsolatedCli.Run(_folder.Root, "check", "plan.txt", "--format", "msbuild");

        Assert.Contains("HOUSE010", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Linter.CustomRules", run.Loaded);
        Assert.DoesNotContain(Compiler, run.Loaded);
    }

    [Fact]
    public void CompilerIsLoadedToCompileAndNotWhenTheCompiledRuleIsCached()
    {
        _folder.Write(".stmtlint.yaml", "root: true\ncustom-rules: [rules/*.cs]\n");
        _folder.Write("rules/very.cs", RuleSources.Very);
        _folder.Write("plan.txt", "Remarks on the plan\n\nIt is a very good plan.\n");

        var first = IsolatedCli.Run(_folder.Root, "check", "plan.txt", "--format", "msbuild");

        // A different document, so that its result cannot come from the result cache: the cached rule must run.
        _folder.Write("plan.txt", "Remarks on the plan\n\nA good plan. It is very good.\n");
        var second = IsolatedCli.Run(_folder.Root, "check", "plan.txt", "--format", "msbuild");

        Assert.Contains("plan.txt(3,9,3,13): warning HOUSE001: 'very' adds nothing", first.Stdout, StringComparison.Ordinal);
        Assert.Contains(Compiler, first.Loaded);
        Assert.Contains("plan.txt(3,20,3,24): warning HOUSE001: 'very' adds nothing", second.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Compiler, second.Loaded);
    }

    [Fact]
    public void NoCodeRulesSaysWhatWasSkippedAndNeverLoadsTheCompiler()
    {
        _folder.Write(".stmtlint.yaml", "root: true\ncustom-rules: [rules/*.cs]\n");
        _folder.Write("rules/very.cs", RuleSources.Very);
        _folder.Write("plan.txt", "Remarks on the plan\n\nIt is a very good plan.\n");

        var run = IsolatedCli.Run(_folder.Root, "check", "plan.txt", "--format", "msbuild", "--no-code-rules");

        Assert.Contains("very.cs' was neither compiled nor run", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("HOUSE001", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Compiler, run.Loaded);
        Assert.False(Directory.Exists(Path.Combine(_folder.Root, ".stmtlint-cache", "rules")));
    }

    [Fact]
    public void CompileErrorIsPrintedAtTheRuleFileInMsBuildFormAndExitsWithTwo()
    {
        _folder.Write(".stmtlint.yaml", "root: true\ncustom-rules: [rules/*.cs]\n");
        _folder.Write("rules/broken.cs", RuleSources.MissingSemicolon);
        _folder.Write("plan.txt", "Remarks on the plan\n\nIt is a very good plan.\n");

        var run = IsolatedCli.Run(_folder.Root, "check", "plan.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("broken.cs(3,33): error CS1002: ; expected", run.Stderr, StringComparison.Ordinal);
    }
}
