using System.Globalization;

namespace Linter.Cli.Tests.NativeBuild;

/// <summary>
/// The native build, as published by <c>scripts/publish.sh</c>, behaves as the command does in-process:
/// the same output and exit code, including a run it must hand to the managed build for C# rules.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NativeBuildTests : IClassFixture<PublishedBuild>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);
    private readonly PublishedBuild _build;

    public NativeBuildTests(PublishedBuild build) => _build = build;

    [Theory]
    [InlineData("msbuild")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void ChecksTheCorpusAsTheManagedCommandDoes(string format)
    {
        // A slice of the real documents, Markdown with front matter and plain text, with built-in rules only.
        using var temp = new TempDirectory();
        var corpus = RepositoryPaths.Corpus;
        foreach (var file in Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % 40 == 0))
        {
            var target = Path.Combine(temp.Path, Path.GetRelativePath(corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var expected = CliRunner.Run(temp.Path, "check", "--no-cache", "--format", format, ".");
        var actual = PublishedBuild.RunProcess(_build.Native, temp.Path, null, s_timeout, "check", "--no-cache", "--format", format, ".");

        Assert.Equal(WithoutElapsedTime(expected.Stdout), WithoutElapsedTime(actual.Stdout));
        Assert.Equal(expected.Stderr, actual.Stderr);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Contains("SL", actual.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void HandsARunWithCSharpRulesToTheManagedBuild()
    {
        using var cache = new TempDirectory();
        var args = new[] { "check", "--cache-location", cache.Path, "samples" };

        var expected = CliRunner.Run(RepositoryPaths.Root, args);
        var actual = PublishedBuild.RunProcess(_build.Native, RepositoryPaths.Root, null, s_timeout, args);

        Assert.Equal(expected, actual);
        Assert.Contains("HOUSE100", actual.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void HandsStandardInputOnWithTheRun()
    {
        var document = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "samples", "spokesperson-remarks-2022-04-29.txt"));
        using var cache = new TempDirectory();
        var args = new[] { "check", "--cache-location", cache.Path, "-", "--stdin-filename", "samples/from-stdin.txt" };

        var actual = PublishedBuild.RunProcess(_build.Native, RepositoryPaths.Root, document, s_timeout, args);

        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = new StmtlintApp(stdout, stderr, RepositoryPaths.Root, () => new MemoryStream(document)).Run(args);
        Assert.Equal(new CliResult(exitCode, stdout.ToString(), stderr.ToString()), actual);
        Assert.Contains("samples/from-stdin.txt(25,512,25,517): info HOUSE100", actual.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheManagedBuildACSharpRuleIsAClearErrorAndNoCodeRulesStillChecks()
    {
        using var alone = new TempDirectory();
        var native = Path.Combine(alone.Path, "stmtlint");
        File.Copy(_build.Native, native); // with its mode: File.Copy keeps the execute bit

        var refused = PublishedBuild.RunProcess(native, RepositoryPaths.Root, null, s_timeout, "check", "--no-cache", "samples");
        var skipped = PublishedBuild.RunProcess(native, RepositoryPaths.Root, null, s_timeout, "check", "--no-cache", "--no-code-rules", "samples");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(string.Empty, refused.Stdout);
        Assert.Contains("LongAnswerParagraphRule.cs' is a C# rule, which this native build of stmtlint cannot compile", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--no-code-rules", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(CliRunner.Run(RepositoryPaths.Root, "check", "--no-cache", "--no-code-rules", "samples"), skipped);
        Assert.DoesNotContain("HOUSE100", skipped.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tree", "--json", "samples/press-briefing.md")]
    [InlineData("rules")]
    [InlineData("explain", "SL1001")]
    public void OtherCommandsPrintWhatTheManagedCommandPrints(params string[] args)
    {
        var expected = CliRunner.Run(RepositoryPaths.Root, args);
        var actual = PublishedBuild.RunProcess(_build.Native, RepositoryPaths.Root, null, s_timeout, args);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void BothBuildsHaveTheSameVersion()
    {
        var native = PublishedBuild.RunProcess(_build.Native, RepositoryPaths.Root, null, s_timeout, "--version");
        var managed = PublishedBuild.RunProcess(Path.Combine(_build.Folder, "managed", "stmtlint"), RepositoryPaths.Root, null, s_timeout, "--version");

        Assert.Equal(managed, native);
        Assert.StartsWith("0.", native.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistakeInTheConfigurationIsReportedAtItsPlace()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "rules:\n  missing-date: [severity\n");
        temp.Write("a.md", "# A title\n\nText.\n");

        var expected = CliRunner.Run(temp.Path, "check", "--no-cache");
        var actual = PublishedBuild.RunProcess(_build.Native, temp.Path, null, s_timeout, "check", "--no-cache");

        Assert.Equal(expected, actual);
        Assert.Equal(2, actual.ExitCode);
        Assert.Contains(".stmtlint.yaml(3,1): error config: invalid YAML", actual.Stderr, StringComparison.Ordinal);
    }

    private static string WithoutElapsedTime(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output, "\"elapsedMilliseconds\": *[0-9]+", "\"elapsedMilliseconds\": 0");
    [Fact]
    public async Task TheNativeLanguageServerPublishesTheExampleDocumentsDiagnosticsSoonAfterStarting()
    {
        var example = RepositoryPaths.ExampleDocument;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var client = LanguageServer.LspClient.Start(Path.GetDirectoryName(example)!, _build.Native);
        await client.InitializeAsync(Path.GetDirectoryName(example)!);
        var uri = await client.OpenAsync(example, File.ReadAllText(example));
        var published = await client.DiagnosticsAsync(uri, version: 1);
        var elapsed = clock.Elapsed;

        Assert.NotEmpty(published.Diagnostics);
        Assert.True(elapsed < TimeSpan.FromSeconds(3), $"first diagnostics after {elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
