using Linter.CustomRules.CSharp;

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

    [Trait("Category", "Slow")]
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

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CompiledRuleCommittedInTheTreeNeverRuns(bool cacheIsASymlinkOutOfTheTree)
    {
        // The attack of issue 14: a pull request commits a compiled rule under the name the cache would give the benign .cs beside it.
        _folder.Write(".stmtlint.yaml", "root: true\ncustom-rules: [rules/*.cs]\n");
        var rule = _folder.Write("rules/very.cs", RuleSources.Very);
        _folder.Write("plan.txt", "Remarks on the plan\n\nIt is a very good plan.\n");
        var marker = Path.Combine(_folder.Root, "planted-rule-ran");
        var key = CodeRuleFile.Key(rule, Convert.ToHexString(System.IO.Hashing.XxHash128.Hash(File.ReadAllBytes(rule))));
        var cache = Path.Combine(_folder.Root, cacheIsASymlinkOutOfTheTree ? "elsewhere" : ".stmtlint-cache");
        Directory.CreateDirectory(Path.Combine(cache, "rules"));
        File.WriteAllBytes(Path.Combine(cache, "rules", key + ".dll"), RuleSources.Planted(marker, "StmtlintRules_" + key));
        if (cacheIsASymlinkOutOfTheTree)
        {
            Directory.CreateSymbolicLink(Path.Combine(_folder.Root, ".stmtlint-cache"), cache);
        }

        var run = IsolatedCli.Run(_folder.Root, "check", "plan.txt", "--format", "msbuild");

        Assert.False(File.Exists(marker), "the planted assembly ran");
        Assert.Contains("plan.txt(3,9,3,13): warning HOUSE001: 'very' adds nothing", run.Stdout, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
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
