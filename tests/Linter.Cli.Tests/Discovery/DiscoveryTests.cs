using System.Globalization;
using System.Text;

namespace Linter.Cli.Tests.Discovery;

public sealed class DiscoveryTests
{
    private const string Clean = "Statement by Minister (2022-4-29)\n\nThe Report says that trade is up. However, trade is down.\n";
    private const string Undated = "Statement by Minister\n\nTrade is down.\n";

    [Fact]
    public void WalksDirectoriesForMarkdownAndTextFilesOnly()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/a.txt", Undated);
        temp.Write("docs/deep/b.md", Undated);
        temp.Write("docs/deep/c.markdown", Undated);
        temp.Write("docs/notes.html", Undated);
        temp.Write("docs/bin/d.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check", "docs");

        Assert.Equal(["docs/a.txt", "docs/deep/b.md", "docs/deep/c.markdown"], ReportedFiles(result));
    }

    [Fact]
    public void ExpandsGlobsGivenOnTheCommandLine()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/2022/a.md", Undated);
        temp.Write("docs/2023/b.md", Undated);
        temp.Write("docs/2023/c.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check", "docs/**/*.md");

        Assert.Equal(["docs/2022/a.md", "docs/2023/b.md"], ReportedFiles(result));
    }

    [Fact]
    public void ExitsWithTwoWhenAGlobMatchesNothing()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", Clean);

        var result = CliRunner.Run(temp.Path, "check", "docs/*.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: no files match the pattern 'docs/*.md'\n", result.Stderr);
    }

    [Fact]
    public void SkipsFilesThatGitIgnoresInsideAWorkTree()
    {
        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write(".gitignore", "drafts/\n*.generated.md\n");
        temp.Write("a.txt", Undated);
        temp.Write("drafts/b.txt", Undated);
        temp.Write("docs/c.generated.md", Undated);
        temp.Write("docs/d.md", Undated);

        var result = CliRunner.Run(temp.Path, "check");

        Assert.Equal(["a.txt", "docs/d.md"], ReportedFiles(result));
    }

    [Fact]
    public void HonoursTheIgnoreRulesOfANestedRepository()
    {
        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write("a.txt", Undated);
        GitRepository.Init(Path.Combine(temp.Path, "vendor"));
        temp.Write("vendor/.gitignore", "out/\n");
        temp.Write("vendor/b.txt", Undated);
        temp.Write("vendor/out/c.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check");

        Assert.Equal(["a.txt", "vendor/b.txt"], ReportedFiles(result));
    }

    [Fact]
    public void ChecksAnIgnoredFileThatIsNamedDirectly()
    {
        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write(".gitignore", "drafts/\n");
        temp.Write("drafts/b.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check", "drafts/b.txt");

        Assert.Equal(["drafts/b.txt"], ReportedFiles(result));
    }

    [Fact]
    public void WalksEverythingOutsideAWorkTree()
    {
        using var temp = new TempDirectory();
        temp.Write(".gitignore", "drafts/\n");
        temp.Write("drafts/b.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check");

        Assert.Equal(["drafts/b.txt"], ReportedFiles(result));
    }

    [Fact]
    public void ChecksOnlyFilesChangedSinceARefAndUntrackedFiles()
    {
        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write("old.txt", Undated);
        temp.Write("edited.txt", Undated);
        GitRepository.CommitAll(temp.Path, "first");
        temp.Write("edited.txt", Undated + "\nMore text.\n");
        temp.Write("new.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check", "--changed-since", "HEAD");

        Assert.Equal(["edited.txt", "new.txt"], ReportedFiles(result));
    }

    [Fact]
    public void ReportsOnlyDiagnosticsOnChangedLinesWithChangedLinesOnly()
    {
        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write("doc.txt", Clean + "\nPrint\n");
        GitRepository.CommitAll(temp.Path, "first");
        temp.Write("doc.txt", Clean + "\nPrint\n\nSuggest to a friend\n");

        var all = CliRunner.Run(temp.Path, "check", "--changed-since", "HEAD");
        var changed = CliRunner.Run(temp.Path, "check", "--changed-since", "HEAD", "--changed-lines-only");

        Assert.Equal(2, all.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("doc.txt(7,1,7,20): warning SL4002: page boilerplate 'Suggest to a friend' left in the text [page-boilerplate]\n", changed.Stdout);
    }

    [Fact]
    public void ExitsWithTwoWhenTheRefDoesNotExist()
    {
        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write("a.txt", Clean);
        GitRepository.CommitAll(temp.Path, "first");

        var result = CliRunner.Run(temp.Path, "check", "--changed-since", "no-such-branch");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("stmtlint: error: --changed-since: 'no-such-branch' is not a commit in the repository at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitsWithTwoWhenChangedSinceIsUsedOutsideAWorkTree()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", Clean);

        var result = CliRunner.Run(temp.Path, "check", "--changed-since", "HEAD");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--changed-since needs a git work tree", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitsWithTwoWhenChangedLinesOnlyIsGivenWithoutChangedSince()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", Clean);

        var result = CliRunner.Run(temp.Path, "check", "--changed-lines-only");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: --changed-lines-only requires --changed-since REF\n", result.Stderr);
    }

    [Fact]
    public void ReadsStandardInputUnderTheStdinFileName()
    {
        using var temp = new TempDirectory();
        temp.Write("archive/.stmtlint.yaml", "rules:\n  SL2001: off\n");

        var reported = RunWithStdin(temp.Path, Undated + "\nPrint\n", "check", "-", "--stdin-filename", "archive/remarks.txt");

        Assert.Equal(0, reported.ExitCode);
        Assert.Equal("archive/remarks.txt(5,1,5,6): warning SL4002: page boilerplate 'Print' left in the text [page-boilerplate]\n", reported.Stdout);
    }

    [Fact]
    public void ExitsWithOneWhenWarningsExceedMaxWarnings()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", Clean + "\nPrint\n\nSuggest to a friend\n");

        var within = CliRunner.Run(temp.Path, "check", "--max-warnings", "2");
        var over = CliRunner.Run(temp.Path, "check", "--max-warnings", "1");

        Assert.Equal(0, within.ExitCode);
        Assert.Equal(1, over.ExitCode);
        Assert.EndsWith("stmtlint: too many warnings (2); the maximum is 1\n", over.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3/2")]
    [InlineData("0/2")]
    [InlineData("1/0")]
    [InlineData("half")]
    public void ExitsWithTwoOnAShardOutsideItsRange(string shard)
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", Clean);

        var result = CliRunner.Run(temp.Path, "check", "--shard", shard);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"stmtlint: error: --shard expects K/N with 1 <= K <= N (for example 2/4), not '{shard}'\n", result.Stderr);
    }

    [Fact]
    public void ShardsTogetherCoverEveryFileExactlyOnce()
    {
        using var temp = new TempDirectory();
        var all = Enumerable.Range(0, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"docs/{i % 4}/doc{i}.txt")).ToArray();
        foreach (var path in all)
        {
            temp.Write(path, Undated);
        }

        var shards = Enumerable.Range(1, 3).Select(k => ReportedFiles(CliRunner.Run(temp.Path, "check", "--shard", $"{k}/3"))).ToArray();

        Assert.All(shards, shard => Assert.NotEmpty(shard));
        var union = shards.SelectMany(s => s).ToArray();
        Assert.Equal(all.Order(StringComparer.Ordinal), union.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ShardsDependOnTheRelativePathNotOnTheCheckoutLocation()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        foreach (var temp in new[] { first, second })
        {
            for (var i = 0; i < 12; i++)
            {
                temp.Write(string.Create(CultureInfo.InvariantCulture, $"doc{i}.txt"), Undated);
            }
        }

        Assert.Equal(ReportedFiles(CliRunner.Run(first.Path, "check", "--shard", "2/3")), ReportedFiles(CliRunner.Run(second.Path, "check", "--shard", "2/3")));
    }

    [Fact]
    public void DoesNotFollowATrackedLinkToAnAncestorDirectory()
    {
        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write("docs/a.txt", Undated);
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "docs/loop"), "..");
        GitRepository.CommitAll(temp.Path, "first");

        var result = CliRunner.Run(temp.Path, "check");

        Assert.Equal(["docs/a.txt"], ReportedFiles(result));
    }

    [Fact]
    public void ExitsWithTwoWhenJobsIsZero()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", Clean);

        var result = CliRunner.Run(temp.Path, "check", "--jobs", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: --jobs expects a number of at least 1, not 0\n", result.Stderr);
    }

    [Fact]
    public void PrintsTheSameOutputWithOneJobAndWithMany()
    {
        using var temp = new TempDirectory();
        for (var i = 0; i < 30; i++)
        {
            temp.Write(string.Create(CultureInfo.InvariantCulture, $"d{i % 3}/doc{i}.txt"), i % 2 == 0 ? Undated : Clean + "\nPrint\n");
        }

        var sequential = CliRunner.Run(temp.Path, "check", "--jobs", "1");
        var parallel = CliRunner.Run(temp.Path, "check", "--jobs", "4");

        Assert.Equal(sequential, parallel);
        Assert.Equal(30, sequential.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>The distinct files named in msbuild lines, in output order.</summary>
    private static string[] ReportedFiles(CliResult result) =>
        [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)]).Distinct()];

    private static CliResult RunWithStdin(string currentDirectory, string input, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = new StmtlintApp(stdout, stderr, currentDirectory, () => new MemoryStream(Encoding.UTF8.GetBytes(input))).Run(args);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
