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
        var entries = Directory.GetFiles(Path.Combine(temp.Path, ".stmtlint-cache"), "*.json");
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

        Assert.Equal(3, Directory.GetFiles(Path.Combine(temp.Path, "build", "lint-cache"), "*.json").Length);
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
        var cache = new ResultCache(Path.Combine(temp.Path, "cache"), BuiltInRules.Catalog, new byte[32]);

        cache.Store(fullPath, "key-1", fresh);
        var hit = cache.TryGet(fullPath, "doc.txt", "key-1", out var cached);
        var staleHit = cache.TryGet(fullPath, "doc.txt", "key-2", out _);

        Assert.True(hit);
        Assert.False(staleHit);
        Assert.Equal(Describe(fresh), Describe(cached));
        Assert.Contains(cached, d => d.Fix is not null);
    }

    [Fact]
    public void AForgedEntryCommittedToTheTreeIsIgnoredAndRewritten()
    {
        // Issue 14: an attacker empties the entries' diagnostics, commits them and opens a pull request.
        using var temp = WriteTree();
        temp.Write("d.txt", "Trade is up.\n");
        var honest = CliRunner.Run(temp.Path, "check", "--no-cache", ".");
        CliRunner.Run(temp.Path, "check", ".");
        var forgedCount = 0;
        foreach (var entry in Directory.GetFiles(Path.Combine(temp.Path, ".stmtlint-cache"), "*.json"))
        {
            var text = File.ReadAllText(entry);
            var emptied = System.Text.RegularExpressions.Regex.Replace(text, "\"diagnostics\":\\[.*\\]", "\"diagnostics\":[]");
            forgedCount += emptied == text ? 0 : 1;
            File.WriteAllText(entry, emptied);
        }

        var forged = CliRunner.Run(temp.Path, "check", "--verbose", ".");
        var rewritten = CliRunner.Run(temp.Path, "check", "--verbose", ".");

        Assert.Equal(1, honest.ExitCode);
        Assert.Equal(honest.ExitCode, forged.ExitCode);
        Assert.Equal(honest.Stdout, forged.Stdout);
        Assert.Contains($"stmtlint: parsed {forgedCount} of 4 files\n", forged.Stderr, StringComparison.Ordinal);
        Assert.Contains("stmtlint: parsed 0 of 4 files\n", rewritten.Stderr, StringComparison.Ordinal);
        Assert.Equal(honest.Stdout, rewritten.Stdout);
    }

    [Fact]
    public void AnEntryAuthenticatedUnderAnotherMachinesKeyIsAMiss()
    {
        using var temp = new TempDirectory();
        var fullPath = temp.Write("doc.txt", Dated + "Trade is up .\n");
        var descriptors = BuiltInRules.Catalog;
        new ResultCache(Path.Combine(temp.Path, "cache"), descriptors, new byte[32]).Store(fullPath, "key-1", []);

        var elsewhere = new ResultCache(Path.Combine(temp.Path, "cache"), descriptors, [.. Enumerable.Repeat((byte)1, 32)]).TryGet(fullPath, "doc.txt", "key-1", out _);
        var here = new ResultCache(Path.Combine(temp.Path, "cache"), descriptors, new byte[32]).TryGet(fullPath, "doc.txt", "key-1", out _);

        Assert.False(elsewhere);
        Assert.True(here);
    }

    [Fact]
    public void TheCacheFolderIgnoresItselfForGit()
    {
        using var temp = WriteTree();

        CliRunner.Run(temp.Path, "check", ".");

        var ignore = File.ReadAllLines(Path.Combine(temp.Path, ".stmtlint-cache", ".gitignore"));
        Assert.Contains("*", ignore);
    }

    [Fact]
    public void ACacheFolderThatIsASymlinkIsNeitherReadNorWritten()
    {
        using var temp = WriteTree();
        using var outside = new TempDirectory();
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, ".stmtlint-cache"), outside.Path);

        var first = CliRunner.Run(temp.Path, "check", "--verbose", ".");
        var second = CliRunner.Run(temp.Path, "check", "--verbose", ".");

        Assert.Empty(Directory.GetFileSystemEntries(outside.Path));
        Assert.Contains("is a symbolic link; results are not cached", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("stmtlint: parsed 3 of 3 files\n", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMachineKeyIsCreatedInTheUsersCacheReadableByItsOwnerOnly()
    {
        using var temp = WriteTree();
        using var home = new TempDirectory();
        var environment = CliRunner.Environment(("XDG_CACHE_HOME", home.Path));

        CliRunner.Run(temp.Path, environment, "check", ".");
        var second = CliRunner.Run(temp.Path, environment, "check", "--verbose", ".");

        var key = Path.Combine(home.Path, "stmtlint", "key");
        Assert.Equal(32, new FileInfo(key).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(key)!));
        }

        Assert.Contains("stmtlint: parsed 0 of 3 files\n", second.Stderr, StringComparison.Ordinal);
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
