namespace Linter.Cli;

/// <summary>Turns paths as typed into full paths and back into paths relative to the current directory.</summary>
internal static class PathResolver
{
    public static string ToFullPath(string path, string currentDirectory) => Path.GetFullPath(path, currentDirectory);

    /// <summary>The path printed in diagnostics: relative to the current directory, so that editors can open it.</summary>
    public static string ToDisplayPath(string fullPath, string currentDirectory) => Path.GetRelativePath(currentDirectory, fullPath);
}
