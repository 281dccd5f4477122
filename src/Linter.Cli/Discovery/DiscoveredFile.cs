namespace Linter.Cli.Discovery;

/// <summary>
/// A document to check, as its folder and its name, and whether it was named on the command line or
/// found by searching a directory. The folder string is shared by the documents a walk finds in it;
/// the full path is put together only when it is needed.
/// </summary>
/// <param name="Directory">The full path of the folder, without a trailing separator (except for a root).</param>
/// <param name="Name">The file name.</param>
/// <param name="IsNamed">True when named directly: an <c>exclude</c> glob then skips it with a warning rather than silently.</param>
internal readonly record struct DiscoveredFile(string Directory, string Name, bool IsNamed)
{
    public string FullPath => Path.Join(Directory, Name);

    public static DiscoveredFile FromFullPath(string fullPath, bool isNamed) =>
        new(Path.TrimEndingDirectorySeparator(Path.GetDirectoryName(fullPath) ?? fullPath), Path.GetFileName(fullPath), isNamed);
}
