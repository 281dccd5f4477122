using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.CustomRules.CSharp;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.CustomRules.Tests.CSharp;

public sealed class CodeRuleFileTests : IDisposable
{
    private const string Document = "Remarks on the plan\n\nIt is a very good plan. Nothing else.\n";

    private readonly RuleFolder _folder = new();

    /// <summary>The per-machine secret of these tests' compiled-rule cache.</summary>
    private static readonly byte[] s_secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    private string CacheDirectory => Path.Combine(_folder.Root, "user-cache");

    private CompiledRuleCache Cache => new(CacheDirectory, s_secret);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CompiledRuleRunsLikeABuiltInOne()
    {
        var path = _folder.Write("very.cs", RuleSources.Very);

        var set = Load(path);

        Assert.Empty(set.Errors);
        Assert.Equal(1, set.CompiledCount);
        var rule = Assert.Single(set.AllRules);
        Assert.Equal("VeryRule", rule.ToString());
        var diagnostic = Assert.Single(Analyze([.. BuiltInRules.All, .. set.AllRules]), d => d.Id == "HOUSE001");
        Assert.Equal(Document.IndexOf("very", StringComparison.Ordinal), diagnostic.Location.Span.Start);
        Assert.Equal(4, diagnostic.Location.Span.Length);
        Assert.Equal("'very' adds nothing", diagnostic.Message);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void CompiledRuleDerivesFromTheHostsRuleType()
    {
        var path = _folder.Write("very.cs", RuleSources.Very);

        var rule = Assert.Single(Load(path).AllRules);

        Assert.Same(typeof(Rule), rule.GetType().BaseType);
        Assert.True(rule.GetType().Assembly.IsCollectible);
    }

    [Fact]
    public void SecondLoadComesFromTheCacheWithoutCompiling()
    {
        var path = _folder.Write("very.cs", RuleSources.Very);
        Load(path);

        var second = Load(path);
        var direct = CodeRuleFile.Load(path, RuleSources.Very, Hash(path), Cache, Errors(path, out var errors), out var compiled);

        Assert.Empty(second.Errors);
        Assert.Equal(0, second.CompiledCount);
        Assert.False(compiled);
        Assert.Empty(errors);
        Assert.Single(direct);
        Assert.Single(Directory.GetFiles(Path.Combine(CacheDirectory, "rules")));
        Assert.Single(Analyze(second.AllRules), d => d.Id == "HOUSE001");
    }

    [Fact]
    public void ChangedSourceIsCompiledAgain()
    {
        var path = _folder.Write("very.cs", RuleSources.Very);
        Load(path);
        _folder.Write("very.cs", RuleSources.Very.Replace("adds nothing", "is filler", StringComparison.Ordinal));

        var second = Load(path);

        Assert.Equal(1, second.CompiledCount);
        Assert.Equal("'very' is filler", Assert.Single(Analyze(second.AllRules), d => d.Id == "HOUSE001").Message);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(CacheDirectory, "rules"), "*.rule").Length);
    }

    [Fact]
    public void WithoutACacheDirectoryEveryLoadCompiles()
    {
        var path = _folder.Write("very.cs", RuleSources.Very);

        var first = new CustomRuleLoader(Catalog, new CustomRuleLoadOptions()).Load([path]);
        var second = new CustomRuleLoader(Catalog, new CustomRuleLoadOptions()).Load([path]);

        Assert.Equal(1, first.CompiledCount);
        Assert.Equal(1, second.CompiledCount);
        Assert.Single(second.AllRules);
        Assert.False(Directory.Exists(CacheDirectory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an assembly")]
    public void UnusableCachedAssemblyIsCompiledAgain(string content)
    {
        var path = _folder.Write("very.cs", RuleSources.Very);
        Load(path);
        var cached = Assert.Single(Directory.GetFiles(Path.Combine(CacheDirectory, "rules")));
        File.WriteAllText(cached, content);

        var second = Load(path);
        var third = Load(path);

        Assert.Empty(second.Errors);
        Assert.Equal(1, second.CompiledCount);
        Assert.Single(Analyze(second.AllRules), d => d.Id == "HOUSE001");
        Assert.Equal(0, third.CompiledCount);
    }

    [Fact]
    public void ForeignAssemblyInTheCacheIsCompiledAgain()
    {
        var path = _folder.Write("very.cs", RuleSources.Very);
        Load(path);
        var cached = Assert.Single(Directory.GetFiles(Path.Combine(CacheDirectory, "rules")));
        File.Copy(typeof(CodeRuleFileTests).Assembly.Location, cached, overwrite: true);

        var second = Load(path);

        Assert.Empty(second.Errors);
        Assert.Equal(1, second.CompiledCount);
        Assert.Single(Analyze(second.AllRules), d => d.Id == "HOUSE001");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CachedAssemblyWithoutTheMachinesTagNeverRuns(bool taggedUnderAnotherSecret)
    {
        // Whoever can write the cache folder knows the key (it is a hash of public facts) but not the secret.
        var path = _folder.Write("very.cs", RuleSources.Very);
        var marker = Path.Combine(_folder.Root, "planted-rule-ran");
        var key = CodeRuleFile.Key(path, Hash(path));
        var planted = RuleSources.Planted(marker, "StmtlintRules_" + key);
        var entry = taggedUnderAnotherSecret ? SealedUnder(new byte[32], key, planted) : planted;
        Directory.CreateDirectory(Path.Combine(CacheDirectory, "rules"));
        File.WriteAllBytes(Path.Combine(CacheDirectory, "rules", key + ".rule"), entry);

        var set = Load(path);

        Assert.False(File.Exists(marker));
        Assert.Equal(1, set.CompiledCount);
        Assert.Equal("'very' adds nothing", Assert.Single(Analyze(set.AllRules), d => d.Id == "HOUSE001").Message);
    }

    [Fact]
    public void ACompiledEntryIsTaggedWithTheHmacOfItsKeyAndImage()
    {
        var path = _folder.Write("very.cs", RuleSources.Very);
        Load(path);
        var key = CodeRuleFile.Key(path, Hash(path));
        var entry = File.ReadAllBytes(Path.Combine(CacheDirectory, "rules", key + ".rule"));

        Assert.Equal(SealedUnder(s_secret, key, entry[32..]), entry);
    }

    [Fact]
    public void CompileErrorIsPlacedInTheRuleFileWithTheCompilersId()
    {
        var path = _folder.Write("broken.cs", RuleSources.MissingSemicolon);
        var line = RuleSources.MissingSemicolon.Split('\n')[2];

        var set = Load(path);

        var error = Assert.Single(set.Errors);
        Assert.Equal("CS1002", error.Code);
        Assert.Equal(path, error.Path);
        Assert.Equal(3, error.Line);
        // Where `dotnet build` puts it too: at the token found instead of the semicolon.
        Assert.Equal(line.IndexOf('}', StringComparison.Ordinal) + 1, error.Column);
        Assert.Equal("; expected", error.Message);
        Assert.Equal($"{path}(3,{error.Column}): error CS1002: ; expected", error.ToString());
        Assert.Equal(1, set.CompiledCount);
        Assert.Empty(set.AllRules);
        Assert.False(Directory.Exists(Path.Combine(CacheDirectory, "rules")));
    }

    [Fact]
    public void UnknownTypeGetsAHintAboutWhatRulesCompileAgainst()
    {
        var path = _folder.Write("unknown.cs", "public sealed class Holder\n{\n    public YamlDotNet.Core.Mark Mark { get; set; }\n}\n");

        var error = Assert.Single(Load(path).Errors);

        Assert.Equal("CS0246", error.Code);
        Assert.Equal((3, 12), (error.Line, error.Column));
        Assert.Contains("Linter.Analysis", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void CompileErrorsAreCappedPerFile()
    {
        var lines = Enumerable.Range(0, 30).Select(i => $"    int F{i}() => Missing{i};");
        var path = _folder.Write("many.cs", "public class Many\n{\n" + string.Join("\n", lines) + "\n}\n");

        var errors = Load(path).Errors;

        Assert.Equal(21, errors.Length);
        Assert.All(errors, e => Assert.Equal("CS0103", e.Code));
        Assert.Equal("10 more compile errors not shown", errors[^1].Message);
    }

    [Fact]
    public void WarningsAreNotErrors()
    {
        var source = RuleSources.Very.Replace("private static void Analyze", "private static string? Unused() { string s = null; return s; }\n\n    private static void Analyze", StringComparison.Ordinal);
        var path = _folder.Write("warn.cs", source);

        var set = Load(path);

        Assert.Empty(set.Errors);
        Assert.Single(set.AllRules);
    }

    [Fact]
    public void CompiledRuleReadsTypedOptionsAndRegistersALineAction()
    {
        var path = _folder.Write("long-line.cs", RuleSources.LongLine);
        var set = Load(path);
        Assert.Empty(set.Errors);
        var rule = Assert.Single(set.AllRules);
        Assert.Equal(["max-length", "marker"], rule.SupportedOptions.Select(o => o.Name));
        var engine = new AnalysisEngine([rule]);
        var tree = SyntaxTree.Parse("short\nthis line is longer than twenty\nanother line longer than twenty\n", "lines.txt");

        // The defaults: no line is over 40.
        Assert.Empty(engine.Analyze(tree));

        var configured = AnalysisOptions.Default with
        {
            Rules = AnalysisOptions.Default.Rules.Add("HOUSE020", new RuleConfiguration(null, null, new RuleOptions([new("max-length", 20), new("marker", "another")]))),
        };
        var diagnostic = Assert.Single(engine.Analyze(tree, configured));
        Assert.Equal("line of 31 characters, more than 20", diagnostic.Message);
        Assert.Equal(2, diagnostic.Location.LineSpan.Start.Line);
    }

    [Fact]
    public void RuleThatThrowsIsRuleFailureAndOtherResultsAreKept()
    {
        var path = _folder.Write("rules.cs", RuleSources.ThrowingAndVery);
        var set = Load(path);
        Assert.Empty(set.Errors);

        var diagnostics = Analyze([.. BuiltInRules.All, .. set.AllRules]);

        var failure = Assert.Single(diagnostics, d => d.Id == EngineDiagnostics.RuleFailureId);
        Assert.Contains("ThrowingRule", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the rule's own bug", failure.Message, StringComparison.Ordinal);
        Assert.Single(diagnostics, d => d.Id == "HOUSE001");
        Assert.DoesNotContain(diagnostics, d => d.Id == "HOUSE002");
    }

    [Fact]
    public void FileWithoutARuleClassIsAnError()
    {
        var path = _folder.Write("helper.cs", RuleSources.NoRule);

        var error = Assert.Single(Load(path).Errors);

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal(RuleFileError.RuleCode, error.Code);
        Assert.Contains("public, non-abstract class deriving from Linter.Analysis.Rule", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleClassThatCannotBeCreatedIsAnErrorAtItsDeclaration()
    {
        var path = _folder.Write("broken.cs", RuleSources.ThrowingConstructor);

        var set = Load(path);
        var cached = Load(path);

        var error = Assert.Single(set.Errors);
        Assert.Equal((3, 21), (error.Line, error.Column));
        Assert.Equal("rule class 'BrokenRule' could not be created: InvalidOperationException: not today", error.Message);
        Assert.Equal(error, Assert.Single(cached.Errors));
        Assert.Equal(0, cached.CompiledCount);
        Assert.Empty(set.AllRules);
    }

    [Fact]
    public void NonPublicRuleClassIsAnErrorRatherThanSkipped()
    {
        var source = RuleSources.Very.Replace("public sealed class VeryRule", "internal sealed class VeryRule", StringComparison.Ordinal);
        var path = _folder.Write("internal.cs", source);

        var error = Assert.Single(Load(path).Errors);

        Assert.Equal(3, error.Line);
        Assert.Contains("'VeryRule' cannot be used", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleIdOfABuiltInRuleIsRefused()
    {
        var path = _folder.Write("impostor.cs", RuleSources.BuiltInId);

        var set = Load(path);

        var error = Assert.Single(set.Errors);
        Assert.Contains("'SL1001' is reserved for built-in rules", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
        Assert.Empty(set.AllRules);
    }

    [Fact]
    public void CodeRulesRefusedAreSkippedAndNeverCompiled()
    {
        var code = _folder.Write("very.cs", RuleSources.Very);
        var yaml = _folder.Write("very.yaml", RuleSources.YamlVery);

        var set = new CustomRuleLoader(Catalog, new CustomRuleLoadOptions { AllowCodeRules = false, CompiledRuleCache = Cache }).Load([code, yaml]);

        Assert.Equal(code, Assert.Single(set.SkippedCodeFiles));
        Assert.Empty(set.Errors);
        Assert.Equal(0, set.CompiledCount);
        Assert.Equal("HOUSE010", string.Join(" ", set.AllRules.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id)));
        Assert.Null(set.Find(code));
        Assert.False(Directory.Exists(CacheDirectory));
    }

    private static RuleCatalog Catalog { get; } = RuleCatalog.FromRules(BuiltInRules.All);

    private CustomRuleSet Load(string path) =>
        new CustomRuleLoader(Catalog, new CustomRuleLoadOptions { CompiledRuleCache = Cache }).Load([path]);

    private static ImmutableArray<Diagnostic> Analyze(IEnumerable<Rule> rules) =>
        new AnalysisEngine(rules).Analyze(SyntaxTree.Parse(Document, "plan.txt"));

    /// <summary>A cache entry as the tool writes one, under <paramref name="secret"/>.</summary>
    private static byte[] SealedUnder(byte[] secret, string key, byte[] image) =>
        [.. System.Security.Cryptography.HMACSHA256.HashData(secret, (byte[])[.. System.Text.Encoding.UTF8.GetBytes(key + "\n"), .. image]), .. image];

    private static string Hash(string path) => Convert.ToHexString(System.IO.Hashing.XxHash128.Hash(File.ReadAllBytes(path)));

    private static RuleFileErrors Errors(string path, out List<RuleFileError> list)
    {
        list = [];
        return new RuleFileErrors(path, list);
    }
}
