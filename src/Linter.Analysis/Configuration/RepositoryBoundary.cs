namespace Linter.Analysis.Configuration;

/// <summary>
/// The folder a configuration may name files in. A checked-out repository is written by whoever
/// opened the pull request, so a path in its configuration (<c>extends</c>, a cited document's
/// <c>path</c>, <c>custom-rules</c>) must not reach the rest of the machine: <c>/etc/shadow</c>
/// quoted back as unknown keys, or <c>/proc/self/environ</c> as SL1003's closest passage. The
/// boundary is the git work tree holding the configuration file, or else the folder of the root
/// configuration; a path is inside when it is, after every symbolic link in it is resolved.
/// </summary>
public static class RepositoryBoundary
{
    /// <summary>Links followed before a path is taken to loop (as Linux's own limit).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The top of the git work tree holding <paramref name="directory"/>: the nearest folder, from it
    /// upwards, with a <c>.git</c> folder or file (a worktree's or submodule's). Null outside one. Found
    /// without running git: a nearer <c>.git</c> only ever makes the boundary smaller.
    /// </summary>
    public static string? FindWorkTree(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        for (var current = Path.GetFullPath(directory); current is not null; current = Path.GetDirectoryName(current))
        {
            var git = Path.Combine(current, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link in it resolved, as <c>realpath</c> gives it; a
    /// part that does not exist is kept as written. The path itself is made full as .NET opens it
    /// (<c>..</c> taken away lexically); inside a link's target, <c>..</c> is the real parent, as the
    /// system resolves it. A loop of links resolves to the path as written, which then fails to open.
    /// </summary>
    public static string RealPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var links = 0;
        return Resolve(root, full[root.Length..], ref links) ?? full;
    }

    /// <summary>Whether <paramref name="path"/>, links resolved, is <paramref name="root"/> (links resolved) or inside it.</summary>
    public static bool Contains(string root, string path)
    {
        var realRoot = Path.TrimEndingDirectorySeparator(RealPath(root));
        var realPath = RealPath(path);
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(realPath, realRoot, comparison)
            || realPath.StartsWith(realRoot + Path.DirectorySeparatorChar, comparison)
            || (realRoot.EndsWith(Path.DirectorySeparatorChar) && realPath.StartsWith(realRoot, comparison));
    }

    /// <summary>The real path of <paramref name="relative"/> below the real folder <paramref name="current"/>; null when links loop.</summary>
    private static string? Resolve(string current, string relative, ref int links)
    {
        foreach (var part in relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is not null)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                // A relative target is relative to the link's (real) folder, and may itself hold links.
                var targetRoot = Path.GetPathRoot(target);
                next = string.IsNullOrEmpty(targetRoot)
                    ? Resolve(current, target, ref links)
                    : Resolve(targetRoot, target[targetRoot.Length..], ref links);
                if (next is null)
                {
                    return null;
                }
            }

            current = next;
        }

        return current;
    }
}
