using System.Collections.Concurrent;
using System.Diagnostics;
using Linter.Syntax.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Linter.Syntax.Tests.RoundTrip;

/// <summary>
/// Every real document parses into a lossless tree: the tree's text is the file's text, its tokens
/// and trivia tile the text, and every node spans exactly its children.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CorpusRoundTripTests(ITestOutputHelper output)
{
    // SOURCES.md says 1,928 files; a much smaller count means the corpus was not fully checked out.
    private const int MinimumCorpusDocuments = 1900;

    [Fact]
    public void EveryCorpusAndExampleDocumentRoundTripsLosslessly()
    {
        var corpus = RepositoryPaths.Documents(RepositoryPaths.Corpus);
        var examples = RepositoryPaths.Documents(RepositoryPaths.Examples);
        Assert.True(corpus.Count >= MinimumCorpusDocuments, $"Expected at least {MinimumCorpusDocuments} documents under {RepositoryPaths.Corpus}, found {corpus.Count}.");
        Assert.NotEmpty(examples);

        var failures = new ConcurrentBag<string>();
        var stopwatch = Stopwatch.StartNew();
        Parallel.ForEach(corpus.Concat(examples), path =>
        {
            try
            {
                var tree = SyntaxTree.Parse(File.ReadAllBytes(path), path);
                var problems = TreeInvariants.Check(tree);
                if (problems.Count > 0)
                {
                    failures.Add($"{path}: {string.Join("; ", problems)}");
                }
            }
#pragma warning disable CA1031 // Any exception is a finding to report with its file name; the loop goes on to the other files.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures.Add($"{path}: threw {exception.GetType().Name}: {exception.Message}");
            }
        });

        output.WriteLine($"Checked {corpus.Count} corpus and {examples.Count} example documents in {stopwatch.Elapsed.TotalSeconds:F1} s.");
        var sorted = failures.Order(StringComparer.Ordinal).ToList();
        Assert.True(sorted.Count == 0, $"{sorted.Count} document(s) do not round-trip:\n{string.Join("\n", sorted.Take(50))}");
    }

    [Fact]
    public void TheExampleRoundTripsFromBytesAndFromString()
    {
        var path = RepositoryPaths.ExampleDocument;
        var bytes = File.ReadAllBytes(path);
        var fromBytes = SyntaxTree.Parse(bytes, path);
        var fromString = SyntaxTree.Parse(File.ReadAllText(path), path);

        TreeInvariants.Assert(fromBytes, "parsed from bytes");
        TreeInvariants.Assert(fromString, "parsed from a string");
        Assert.Equal(DocumentFormat.PlainText, fromBytes.Format);
        Assert.Equal(fromString.Text.ToString(), fromBytes.Text.ToString());
        Assert.Equal(StructureDump.Of(fromString), StructureDump.Of(fromBytes));
        Assert.Empty(fromBytes.Diagnostics.Where(d => d.Id == SyntaxDiagnosticIds.InvalidEncoding));
    }

    [Fact]
    public void MarkdownCorpusDocumentsAreParsedAsMarkdown()
    {
        var markdown = RepositoryPaths.Documents(RepositoryPaths.Corpus).Where(p => p.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.True(markdown.Count > 500, $"Expected the 551 wh-briefings posts, found {markdown.Count} Markdown files.");
        var path = markdown[0];
        Assert.Equal(DocumentFormat.Markdown, SyntaxTree.Parse(File.ReadAllBytes(path), path).Format);
    }
}
