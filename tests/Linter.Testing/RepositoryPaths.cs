namespace Linter.Testing;

/// <summary>
/// Finds the repository and the shared documents beside it, failing loudly when they are absent:
/// a test over the corpus that finds no corpus must not pass.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds Linter.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>The real documents: <c>&lt;root&gt;/../shared/corpus</c>.</summary>
    public static string Corpus => RequireDirectory(Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus")), "the corpus of real documents");

    /// <summary>The canonical examples: <c>&lt;root&gt;/../shared/examples</c>.</summary>
    public static string Examples => RequireDirectory(Path.GetFullPath(Path.Combine(Root, "..", "shared", "examples")), "the canonical examples");

    /// <summary>The canonical example document.</summary>
    public static string ExampleDocument
    {
        get
        {
            var path = Path.Combine(Examples, "spokesperson-remarks-2022-04-29.txt");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"The canonical example is missing: expected it at '{path}'.");
            }

            return path;
        }
    }

    /// <summary>The path of a file in the repository's <c>samples/</c> folder.</summary>
    public static string Sample(string name)
    {
        var path = Path.Combine(Root, "samples", name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"samples/{name} is missing: expected it at '{path}'.", path);
        }

        return path;
    }

    /// <summary>Every statement document (.txt and .md) under <paramref name="directory"/>, sorted ordinally.</summary>
    public static IReadOnlyList<string> Documents(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(IsDocument)
            .Order(StringComparer.Ordinal)];

    /// <summary>The path relative to the corpus, with forward slashes, for messages and grouping.</summary>
    public static string RelativeToCorpus(string path) => Path.GetRelativePath(Corpus, path).Replace('\\', '/');

    private static bool IsDocument(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase);
    }

    private static string FindRoot()
    {
        var start = AppContext.BaseDirectory;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Linter.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing Linter.sln was found above '{start}'; the tests must run from inside the repository.");
    }

    private static string RequireDirectory(string path, string what)
    {
        if (!Directory.Exists(path))
        {
            throw new InvalidOperationException(
                $"Cannot find {what}: expected a folder at '{path}' (beside the repository root '{Root}'). " +
                "These tests read real documents and must not pass without them.");
        }

        return path;
    }
}
