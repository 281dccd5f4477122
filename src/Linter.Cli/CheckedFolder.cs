namespace Linter.Cli;

/// <summary>A folder that holds documents to check: shared by all of them, so that each document keeps only its name.</summary>
/// <param name="FullPath">The folder's full path, without a trailing separator (except for a root).</param>
/// <param name="DisplayPrefix">What comes before a file name in a printed path: the folder relative to the current directory and a separator, or nothing for the current directory itself.</param>
internal sealed record CheckedFolder(string FullPath, string DisplayPrefix)
{
    public static CheckedFolder For(string fullPath, string currentDirectory)
    {
        var relative = PathResolver.ToDisplayPath(fullPath, currentDirectory);
        return new CheckedFolder(fullPath, relative == "." ? string.Empty : Path.TrimEndingDirectorySeparator(relative) + Path.DirectorySeparatorChar);
    }
}
