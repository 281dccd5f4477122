namespace Linter.Syntax.Tests.Markdown;

/// <summary>Finds the shared corpus of real documents that lies beside the repository.</summary>
internal static class Corpus
{
    /// <summary>The WH briefings, found as "../shared/corpus/wh-briefings" from the repository root (the folder with Linter.sln).</summary>
    public static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linter.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, $"no folder above {AppContext.BaseDirectory} holds Linter.sln, so the corpus cannot be located");
        var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "wh-briefings"));
        Assert.True(Directory.Exists(corpus), $"the corpus is missing: expected the WH briefings at {corpus}");
        return corpus;
    }

    /// <summary>Every Markdown file of the corpus.</summary>
    public static string[] Files()
    {
        var files = Directory.GetFiles(Folder(), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
