using Linter.Cli.Tests.Discovery;

namespace Linter.Cli.Tests.Faults;

/// <summary>
/// A checked-out repository may hold a document that is a link to a file elsewhere on the machine
/// (<c>notes.md -> ~/.ssh/id_rsa</c>): a walk does not read it, since its lines would come back quoted in
/// diagnostics, and says that it skipped it. A link inside the repository is checked as any document,
/// and a file named on the command line is the user's own choice.
/// </summary>
public sealed class LinkOutOfRepositoryTests : IDisposable
{
    // No date: SL2001 quotes the document's own last line back, which is how a leak would show.
    private const string Secret = "Statement\n\nAWS_SECRET=leaked-by-a-link\n";
    private const string Document = "Statement by Minister (2022-04-29)\n\nTrade is up.\n";

    private readonly TempDirectory _outside = new();
    private readonly TempDirectory _tree = new();

    public LinkOutOfRepositoryTests()
    {
        _outside.Write("secret.md", Secret);
        _tree.Write("ok.txt", Document);
    }

    public void Dispose()
    {
        _tree.Dispose();
        _outside.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AWalkSkipsALinkToAFileOutsideTheRepositoryAndSaysSo(bool inGit)
    {
        if (inGit)
        {
            GitRepository.Init(_tree.Path);
        }

        File.CreateSymbolicLink(Path.Combine(_tree.Path, "notes.md"), Path.Combine(_outside.Path, "secret.md"));

        var result = CliRunner.Run(_tree.Path, "check", "--no-cache", "--format", "msbuild", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("leaked-by-a-link", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("stmtlint: warning: 'notes.md' is a link to a file outside the repository; it was skipped", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 file checked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkThatLeavesTheRepositoryThroughALinkedFolderIsSkippedToo()
    {
        GitRepository.Init(_tree.Path);
        Directory.CreateSymbolicLink(Path.Combine(_tree.Path, "elsewhere"), _outside.Path);
        File.CreateSymbolicLink(Path.Combine(_tree.Path, "notes.md"), "elsewhere/secret.md");

        var result = CliRunner.Run(_tree.Path, "check", "--no-cache", "--format", "msbuild", ".");

        Assert.DoesNotContain("leaked-by-a-link", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'notes.md' is a link to a file outside the repository", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkToADocumentInsideTheRepositoryIsChecked()
    {
        _tree.Write("archive/undated.md", Secret);
        File.CreateSymbolicLink(Path.Combine(_tree.Path, "latest.md"), "archive/undated.md");

        var result = CliRunner.Run(_tree.Path, "check", "--no-cache", "--format", "msbuild", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("latest.md(", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("archive/undated.md(", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("outside the repository", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkNamedOnTheCommandLineIsChecked()
    {
        File.CreateSymbolicLink(Path.Combine(_tree.Path, "notes.md"), Path.Combine(_outside.Path, "secret.md"));

        var result = CliRunner.Run(_tree.Path, "check", "--no-cache", "--format", "msbuild", "notes.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("notes.md(", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TheClaimMapSkipsItToo()
    {
        File.CreateSymbolicLink(Path.Combine(_tree.Path, "notes.md"), Path.Combine(_outside.Path, "secret.md"));

        var result = CliRunner.Run(_tree.Path, "claims", ".");

        Assert.DoesNotContain("leaked-by-a-link", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("'notes.md' is a link to a file outside the repository", result.Stderr, StringComparison.Ordinal);
    }
}
