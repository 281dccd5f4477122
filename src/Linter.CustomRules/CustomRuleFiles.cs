using System.Collections.Immutable;
using Linter.Analysis.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Linter.CustomRules;

/// <summary>Turns the globs of <c>custom-rules:</c> into rule files.</summary>
public static class CustomRuleFiles
{
    /// <summary>True for a C# rule file (<c>.cs</c>); false for YAML.</summary>
    public static bool IsCode(string path) => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The full paths of the files that <paramref name="globs"/> match, each relative to the folder of
    /// the configuration that lists it, without duplicates and in ordinal order (so that IDs clash
    /// the same way on every machine). A glob follows no symbolic link to a folder, and a file whose
    /// real path is outside the glob's <see cref="ConfigGlob.Boundary"/> (a link out of the
    /// repository) is not one of them.
    /// </summary>
    public static ImmutableArray<string> Expand(IEnumerable<ConfigGlob> globs)
    {
        ArgumentNullException.ThrowIfNull(globs);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var glob in globs)
        {
            if (glob.Pattern.IndexOfAny(['*', '?']) < 0)
            {
                var path = Path.GetFullPath(Path.Combine(glob.BaseDirectory, glob.Pattern));
                if (File.Exists(path) && Inside(glob, path))
                {
                    files.Add(path);
                }

                continue;
            }

            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(glob.Pattern);
            var result = matcher.Execute(new LinkFreeDirectory(new DirectoryInfo(glob.BaseDirectory)));
            foreach (var match in result.Files)
            {
                var path = Path.GetFullPath(Path.Combine(glob.BaseDirectory, match.Path));
                if (Inside(glob, path))
                {
                    files.Add(path);
                }
            }
        }

        return [.. files];
    }

    private static bool Inside(ConfigGlob glob, string path) =>
        glob.Boundary is not { } boundary || RepositoryBoundary.Contains(boundary, path);
}
