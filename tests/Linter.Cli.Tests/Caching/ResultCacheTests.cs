using System.Text;
using Linter.Cli.Caching;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Cli.Tests.Caching;

public sealed class ResultCacheTests
{
    private const string Dated = "Statement by Minister (2022-4-29)\n\n";

    [Fact]
    public void ASecondRunOverAnUnchangedTreeParsesNothingAndReportsTheSame()
    {
        using var temp = WriteTree();

        var first = CliRunner.Run(temp.Path, "check", "--verbose", ".");
        var second = CliRunner.Run(temp.Path, "check", "--verbose", ".");

        Assert.Contains("stmtlint: parsed 3 of 3 files\n", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("stmtlint: parsed 0 of 3 files\n", second.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, first.Stdout);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Equal(Summary(first.Stderr), Summary(second.Stderr));
    }

    [Fact]
    public void EditingOneFileParsesOnlyThatFile()
    {
        using var temp = WriteTree();
        CliRunner.Run(temp.Path, "check", ".");
        temp.Write("b.txt", Dated + "Trade is down .\n");

        var result = CliRunner.Run(temp.Path, "check", "--verbose", ".");

        Assert.Contains("stmtlint: parsed 1 of 3 files\n", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("b.txt(3,14,3,16): info SL3006", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingTheConfigurationParsesEveryFileAgain()
    {
        using var temp = WriteTree();
        CliRunner.Run(temp.Path, "check", ".");
        temp.Write(".stmtlint.yaml", "rules:\n  SL4002: error\n");

        var result = CliRunner.Run(temp.Path, "check", "--verbose", ".");

        Assert.Contains("stmtlint: parsed 3 of 3 files\n", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("error SL4002", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingACitedDocumentsTextParsesTheDocumentsThatCiteItAgain()
    {
        using var temp = WriteTree();
        temp.Write("texts/declaration.txt", "The Declaration stresses openness.\n");
        temp.Write(".stmtlint.yaml", "cited:\n  - name: Declaration for the Future of the Internet\n    aliases: [the Declaration]\n    path: texts/declaration.txt\n");
        CliRunner.Run(temp.Path, "check", "a.txt", "b.txt", "c.txt");
        var unchanged = CliRunner.Run(temp.Path, "check", "--verbose", "a.txt", "b.txt", "c.txt");
        temp.Write("texts/declaration.txt", "The Declaration stresses closure.\n");

        var changed = CliRunner.Run(temp.Path, "check", "--verbose", "a.txt", "b.txt", "c.txt");

        Assert.Contains("stmtlint: parsed 0 of 3 files\n", unchanged.Stderr, StringComparison.Ordinal);
        Assert.Contains("stmtlint: parsed 3 of 3 files\n", changed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorruptCacheFileIsIgnoredAndRewritten()
    {
        using var temp = WriteTree();
        var first = CliRunner.Run(temp.Path, "check", ".");
        var entries = Directory.GetFiles(Path.Combine(temp.Path, ".stmtlint-cache"));
        Assert.Equal(3, entries.Length);
        var garbage = new byte[] { 0x00, 0xFF, 0x7B, 0x22, 0xC3, 0x28, 0x5D, 0x10 };
        File.WriteAllBytes(entries[0], garbage);
        File.WriteAllText(entries[1], "{\"format\":\"someone-else\",\"key\":\"x\",\"diagnostics\":[]}");
        File.WriteAllText(entries[2], "{\"format\":\"stmtlint-cache-1\",\"key\":7}");

        var second = CliRunner.Run(temp.Path, "check", "--verbose", ".");
        var third = CliRunner.Run(temp.Path, "check", "--verbose", ".");

        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Contains("stmtlint: parsed 3 of 3 files\n", second.Stderr, StringComparison.Ordinal);
        Assert.Contains("stmtlint: parsed 0 of 3 files\n", third.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(garbage, File.ReadAllBytes(entries[0]));
    }

    [Fact]
    public void NoCacheNeitherReadsNorWritesTheCache()
    {
        using var temp = WriteTree();

        CliRunner.Run(temp.Path, "check", "--no-cache", ".");
        var second = CliRunner.Run(temp.Path, "check", "--no-cache", "--verbose", ".");

        Assert.False(Directory.Exists(Path.Combine(temp.Path, ".stmtlint-cache")));
        Assert.Contains("stmtlint: parsed 3 of 3 files\n", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CacheLocationChoosesTheCacheDirectory()
    {
        using var temp = WriteTree();

        CliRunner.Run(temp.Path, "check", "--cache-location", "build/lint-cache", ".");
        var second = CliRunner.Run(temp.Path, "check", "--cache-location", "build/lint-cache", "--verbose", ".");

        Assert.Equal(3, Directory.GetFiles(Path.Combine(temp.Path, "build", "lint-cache")).Length);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, ".stmtlint-cache")));
        Assert.Contains("stmtlint: parsed 0 of 3 files\n", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ACachedResultKeepsEverythingTheFormattersNeed()
    {
        using var temp = new TempDirectory();
        var text = Dated + "Trade is up .\n\nPrint\n";
        var fullPath = temp.Write("doc.txt", text);
        var engine = new Linter.Analysis.AnalysisEngine(BuiltInRules.All);
        var fresh = engine.Analyze(SyntaxTree.Parse(Encoding.UTF8.GetBytes(text), "doc.txt"), Linter.Analysis.AnalysisOptions.Default);
        var cache = new ResultCache(Path.Combine(temp.Path, "cache"), BuiltInRules.Catalog);

        cache.Store(fullPath, "key-1", fresh);
        var hit = cache.TryGet(fullPath, "doc.txt", "key-1", out var cached);
        var staleHit = cache.TryGet(fullPath, "doc.txt", "key-2", out _);

        Assert.True(hit);
        Assert.False(staleHit);
        Assert.Equal(Describe(fresh), Describe(cached));
        Assert.Contains(cached, d => d.Fix is not null);
    }

    private static string Describe(IEnumerable<Linter.Analysis.Diagnostic> diagnostics) => string.Join(
        "\n",
        diagnostics.Select(d => $"{d.Id} {d.Severity} {d.Location} {d.Message} {d.Fix?.Title} {d.Fix?.Applicability} {string.Join(",", d.Fix?.Changes.Select(c => $"{c.Span}={c.NewText}") ?? [])}"));

    private static string Summary(string stderr) => stderr.Split('\n').Single(line => line.Contains("checked", StringComparison.Ordinal));

    private static TempDirectory WriteTree()
    {
        var temp = new TempDirectory();
        temp.Write("a.txt", Dated + "The Declaration stresses openness. However, trade is down.\n");
        temp.Write("b.txt", Dated + "Trade is down.\n\nPrint\n");
        temp.Write("c.txt", "Statement by Minister\n\nTrade is up .\n");
        return temp;
    }
}
