
namespace Linter.Syntax.Tests.Markdown;

/// <summary>The WH briefings of the shared corpus: Markdown with YAML front matter.</summary>
internal static class Corpus
{
    /// <summary>The folder of the briefings; <see cref="RepositoryPaths"/> fails loudly if the corpus is missing.</summary>
    public static string Folder()
    {
        var folder = Path.Combine(RepositoryPaths.Corpus, "wh-briefings");
        Assert.True(Directory.Exists(folder), $"the corpus is missing its WH briefings: expected them at {folder}");
        return folder;
    }

    /// <summary>Every Markdown file of the briefings, sorted ordinally.</summary>
    public static IReadOnlyList<string> Files()
    {
        var files = RepositoryPaths.Documents(Folder());
        Assert.NotEmpty(files);
        return files;
    }
}
