namespace Linter.Benchmarks;

/// <summary>Which documents a benchmark class reads.</summary>
public enum InputSet
{
    /// <summary>Every document of the corpus (../shared/corpus beside the repository).</summary>
    Corpus,

    /// <summary>Every eighth document of the corpus, for benchmarks that run once per rule.</summary>
    Sample,
}

/// <summary>Names the documents a benchmark class reads, so that the MB/s and allocation columns can divide by their size.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InputAttribute(InputSet set) : Attribute
{
    public InputSet Set { get; } = set;
}

/// <summary>The corpus documents, read into memory once per process so that benchmarks measure no disk.</summary>
public static class Inputs
{
    private const int SampleStep = 8;

    private static readonly Lazy<IReadOnlyList<Document>> s_corpus = new(() => Read(step: 1));
    private static readonly Lazy<IReadOnlyList<Document>> s_sample = new(() => Read(SampleStep));

    private static readonly Lazy<string> s_corpusPath = new(FindCorpus);

    public static IReadOnlyList<Document> Get(InputSet set) => set == InputSet.Corpus ? s_corpus.Value : s_sample.Value;

    /// <summary>The total size in bytes, from the file system, without reading the files.</summary>
    public static long SizeOf(InputSet set)
    {
        var paths = Paths();
        var step = set == InputSet.Corpus ? 1 : SampleStep;
        long total = 0;
        for (var i = 0; i < paths.Count; i += step)
        {
            total += new FileInfo(paths[i]).Length;
        }

        return total;
    }

    private static List<Document> Read(int step)
    {
        var paths = Paths();
        var documents = new List<Document>();
        for (var i = 0; i < paths.Count; i += step)
        {
            documents.Add(new Document(Path.GetRelativePath(s_corpusPath.Value, paths[i]), File.ReadAllBytes(paths[i])));
        }

        return documents;
    }

    // The statement documents (.txt, .md) of the corpus, in ordinal order so that the sample is stable.
    private static List<string> Paths() =>
        [.. Directory.EnumerateFiles(s_corpusPath.Value, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetExtension(p) is ".txt" or ".md")
            .Order(StringComparer.Ordinal)];

    // ../shared/corpus beside the folder holding Linter.sln, found upwards from the benchmark's binaries
    // (BenchmarkDotNet runs each benchmark from a folder below bin/). Not Linter.Testing's RepositoryPaths:
    // BenchmarkDotNet refuses to run a benchmark assembly that references one built for tests.
    private static string FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Linter.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus)
                    ? corpus
                    : throw new InvalidOperationException($"The corpus is missing: expected it at '{corpus}'.");
            }
        }

        throw new InvalidOperationException($"No folder containing Linter.sln was found above '{AppContext.BaseDirectory}'.");
    }
}

/// <summary>A document's path (relative to the corpus, which picks the format by extension) and bytes.</summary>
public sealed record Document(string Path, byte[] Bytes);
