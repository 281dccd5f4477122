namespace Linter.Analysis.Configuration;

/// <summary>A glob as written in a configuration file and the folder it is relative to (the file's own folder).</summary>
/// <param name="Pattern">"**/*.md", "archive/**": <c>*</c> matches within a folder name, <c>**</c> any number of folders.</param>
/// <param name="BaseDirectory">The full path of the folder the pattern is relative to.</param>
public sealed record ConfigGlob(string Pattern, string BaseDirectory)
{
    /// <summary>
    /// The folder every file matched must be inside, symbolic links resolved (<see cref="RepositoryBoundary"/>):
    /// the repository of the configuration that wrote the glob; null when unchecked.
    /// </summary>
    public string? Boundary { get; init; }

    /// <summary>
    /// Why <paramref name="pattern"/> is not a glob this tool accepts, or null when it is. The
    /// globbing library treats braces and brackets as plain characters, so they are rejected rather
    /// than silently matching nothing.
    /// </summary>
    internal static string? Problem(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "a glob cannot be empty";
        }

        if (Path.IsPathRooted(pattern) || pattern.StartsWith('/') || pattern.StartsWith('\\'))
        {
            return "a glob is relative to the configuration file's folder and cannot be absolute";
        }

        if (pattern.IndexOfAny(['{', '}', '[', ']']) >= 0)
        {
            return "braces and brackets are not supported: write one glob per alternative";
        }

        foreach (var segment in pattern.Split('/', '\\'))
        {
            if (segment.Contains("**", StringComparison.Ordinal) && segment != "**")
            {
                return "'**' must be a whole path segment, as in 'docs/**/*.md'";
            }
        }

        return null;
    }
}
