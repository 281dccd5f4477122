using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Linter.CustomRules;

/// <summary>
/// A folder for the globbing library that lists no symbolic link to a folder, as discovery does not
/// follow them either: a link <c>r/self -&gt; .</c> would make <c>**</c> find every rule again at every
/// depth, and two such links a number of paths that doubles at each level.
/// </summary>
internal sealed class LinkFreeDirectory : DirectoryInfoBase
{
    private readonly DirectoryInfo _directory;
    private readonly bool _isParentPath;

    public LinkFreeDirectory(DirectoryInfo directory, bool isParentPath = false)
    {
        _directory = directory;
        _isParentPath = isParentPath;
    }

    // As the library's own wrapper: a folder reached by '..' is called '..', so that patterns with it match.
    public override string Name => _isParentPath ? ".." : _directory.Name;

    public override string FullName => _directory.FullName;

    public override DirectoryInfoBase? ParentDirectory => _directory.Parent is { } parent ? new LinkFreeDirectory(parent) : null;

    public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
    {
        if (!_directory.Exists)
        {
            yield break;
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = _directory.EnumerateFileSystemInfos("*", SearchOption.TopDirectoryOnly);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo directory)
            {
                if (directory.LinkTarget is null)
                {
                    yield return new LinkFreeDirectory(directory);
                }
            }
            else if (entry is FileInfo file)
            {
                yield return new FileInfoWrapper(file);
            }
        }
    }

    public override DirectoryInfoBase? GetDirectory(string path)
    {
        var isParentPath = string.Equals(path, "..", StringComparison.Ordinal);
        if (isParentPath)
        {
            return new LinkFreeDirectory(new DirectoryInfo(Path.Combine(_directory.FullName, path)), isParentPath: true);
        }

        var child = new DirectoryInfo(Path.Combine(_directory.FullName, path));
        return child.LinkTarget is null ? new LinkFreeDirectory(child) : null;
    }

    public override FileInfoBase? GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(_directory.FullName, path)));
}
