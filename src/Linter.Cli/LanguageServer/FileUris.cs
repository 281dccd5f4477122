namespace Linter.Cli.LanguageServer;

/// <summary><c>file:</c> URIs and the paths they name.</summary>
internal static class FileUris
{
    /// <summary>The full path of a <c>file:</c> URI, or null for any other scheme or a URI that cannot be read.</summary>
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The <c>file:</c> URI of a full path, as clients write them (percent-encoded, three slashes).</summary>
    public static string FromPath(string fullPath) => new Uri(fullPath).AbsoluteUri;

    /// <summary>Whether <paramref name="fullPath"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsInside(string fullPath, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(folder);
        return fullPath.Equals(root, StringComparison.Ordinal)
            || (fullPath.StartsWith(root, StringComparison.Ordinal) && fullPath.Length > root.Length && fullPath[root.Length] == Path.DirectorySeparatorChar);
    }
}
