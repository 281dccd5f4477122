namespace Linter.Cli.Tests.Discovery;

/// <summary>
/// Discovery lists documents lazily, already in output order (ordinal order of the printed path),
/// merging several sources without duplicates and keeping git's view of what is ignored.
/// </summary>
public sealed class StreamedDiscoveryTests
{
    private const string Undated = "Statement by Minister\n\nTrade is down.\n";

    [Fact]
    public void ListsAWalkInOrdinalOrderOfTheFullPath()
    {
        using var temp = new TempDirectory();
        string[] files = ["a.md", "a-b.md", "a/x.md", "a-b/y.md", "a0.md", "A.md", "B/c.md", "b.md", "a.b/z.md", "ab/q.md", "a/b/c/deep.md", "a/b-c.md"];
        foreach (var file in files)
        {
            temp.Write(file, Undated);
        }

        var result = CliRunner.Run(temp.Path, "check");

        string[] expected = ["A.md", "B/c.md", "a-b.md", "a-b/y.md", "a.b/z.md", "a.md", "a/b-c.md", "a/b/c/deep.md", "a/x.md", "a0.md", "ab/q.md", "b.md"];
        Assert.Equal(expected, files.Order(StringComparer.Ordinal));
        Assert.Equal(expected, ReportedFiles(result));
    }

    [Fact]
    public void MergesOverlappingPathsGlobsAndNamedFilesOnceEachInOrder()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/a.md", Undated);
        temp.Write("docs/sub/b.txt", Undated);
        temp.Write("docs/sub-c.md", Undated);
        temp.Write("docs/z.md", Undated);
        temp.Write("notes/n.md", Undated);
        temp.Write("other.html", Undated);

        var result = CliRunner.Run(temp.Path, "check", "notes", "docs/sub", "docs/**/*.md", "other.html", "docs", "docs/sub/b.txt", "docs/z.md");

        Assert.Equal(["docs/a.md", "docs/sub-c.md", "docs/sub/b.txt", "docs/z.md", "notes/n.md", "other.html"], ReportedFiles(result));
        Assert.Contains("stmtlint: 6 files checked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNamedDirectlyInsideAWalkedFolderCountsAsNamed()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "exclude: ['archive/**']\n");
        temp.Write("archive/old.txt", Undated);
        temp.Write("archive/older.txt", Undated);
        temp.Write("new.txt", Undated);

        var result = CliRunner.Run(temp.Path, "check", ".", "archive/old.txt");

        // Found by the walk too, but named: excluded with a warning rather than silently.
        Assert.Equal(["new.txt"], ReportedFiles(result));
        Assert.StartsWith("stmtlint: warning: 'archive/old.txt' is ignored because of a matching exclude pattern in the configuration\n", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("stmtlint: 1 file checked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsInPrintedPathOrderWhenTheCurrentDirectoryIsInsideTheFolderWalked()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Undated);
        temp.Write("sub/-x.md", Undated);
        temp.Write("sub/b.md", Undated);
        temp.Write("sub2/c.md", Undated);

        var result = CliRunner.Run(Path.Combine(temp.Path, "sub"), "check", "..");

        Assert.Equal(["-x.md", "../a.md", "../sub2/c.md", "b.md"], ReportedFiles(result));
    }

    [Fact]
    public void KeepsGitsViewOfIgnoredTrackedAndDeletedFiles()
    {
        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write(".gitignore", "build/\nign/\n*.draft.md\n");
        temp.Write("build/tracked.md", Undated);
        temp.Write("deleted.md", Undated);
        temp.Write("keep.md", Undated);
        GitRepository.Run(temp.Path, "add", "--force", "build/tracked.md");
        GitRepository.CommitAll(temp.Path, "start");
        File.Delete(Path.Combine(temp.Path, "deleted.md"));
        temp.Write("build/untracked.md", Undated);
        temp.Write("ign/deep/a.md", Undated);
        temp.Write("notes.draft.md", Undated);
        temp.Write("new/untracked.md", Undated);
        temp.Write("only-ignored/x.draft.md", Undated);

        Assert.Equal(["build/tracked.md", "keep.md", "new/untracked.md"], ReportedFiles(CliRunner.Run(temp.Path, "check")));
        Assert.Equal(["build/tracked.md"], ReportedFiles(CliRunner.Run(temp.Path, "check", "build")));
        Assert.Empty(ReportedFiles(CliRunner.Run(temp.Path, "check", "ign/deep")));
        Assert.Equal(["build/tracked.md", "keep.md", "new/untracked.md"], ReportedFiles(CliRunner.Run(temp.Path, "check", "*/*.md", "keep.md")));
    }

    [Fact]
    public void AGlobMatchingOnlyIgnoredFilesMatchesNothing()
    {
        using var temp = new TempDirectory();
        GitRepository.Init(temp.Path);
        temp.Write(".gitignore", "drafts/\n");
        temp.Write("drafts/a.md", Undated);
        temp.Write("b.md", Undated);

        var result = CliRunner.Run(temp.Path, "check", "drafts/*.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: no files match the pattern 'drafts/*.md'\n", result.Stderr);
    }

    [Fact]
    public void ReportsTheFirstBadPathInCommandLineOrder()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Undated);

        var result = CliRunner.Run(temp.Path, "check", "*.nothing", "missing.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stmtlint: error: no files match the pattern '*.nothing'\n", result.Stderr);
    }

    private static string[] ReportedFiles(CliResult result) =>
        [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)]).Distinct()];
}
