using Linter.Analysis.Configuration;

namespace Linter.Cli;

/// <summary>
/// A document to lint, as <c>check</c> keeps it for the whole run: its folder (shared), its name,
/// its configuration and rules. Full and printed paths are put together when asked for, so the list
/// of a large run holds one string per file.
/// </summary>
/// <param name="Folder">The folder it is in.</param>
/// <param name="Name">Its file name.</param>
/// <param name="Configuration">Its effective configuration.</param>
/// <param name="Rules">The engine and custom-rule fingerprint for that configuration.</param>
/// <param name="Content">The bytes read from standard input for <c>-</c>; null for a file read from disk.</param>
internal readonly record struct CheckedFile(CheckedFolder Folder, string Name, EffectiveConfiguration Configuration, DocumentRules Rules, byte[]? Content)
{
    public string FullPath => Path.Join(Folder.FullPath, Name);

    /// <summary>The path printed in diagnostics: <see cref="PathResolver.ToDisplayPath"/> of <see cref="FullPath"/>.</summary>
    public string DisplayPath => Folder.DisplayPrefix + Name;

    /// <summary>Ordinal order of <see cref="DisplayPath"/>, the output order, without building the paths.</summary>
    public static int CompareDisplayPaths(CheckedFile x, CheckedFile y)
    {
        if (ReferenceEquals(x.Folder, y.Folder))
        {
            return string.CompareOrdinal(x.Name, y.Name);
        }

        var (xPrefix, yPrefix) = (x.Folder.DisplayPrefix, y.Folder.DisplayPrefix);
        var xLength = xPrefix.Length + x.Name.Length;
        var yLength = yPrefix.Length + y.Name.Length;
        for (var i = 0; i < Math.Min(xLength, yLength); i++)
        {
            var a = i < xPrefix.Length ? xPrefix[i] : x.Name[i - xPrefix.Length];
            var b = i < yPrefix.Length ? yPrefix[i] : y.Name[i - yPrefix.Length];
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }

        return xLength.CompareTo(yLength);
    }
}
