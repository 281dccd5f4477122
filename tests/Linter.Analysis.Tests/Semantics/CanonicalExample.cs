namespace Linter.Analysis.Tests.Semantics;

/// <summary>Finds the canonical example in the repository's samples folder from the test's output directory.</summary>
internal static class CanonicalExample
{
    public const string FileName = "spokesperson-remarks-2022-04-29.txt";

    public static string Path
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = System.IO.Path.Combine(directory.FullName, "samples", FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException($"samples/{FileName} not found above {AppContext.BaseDirectory}.");
        }
    }
}
