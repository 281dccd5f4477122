using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Linter.Analysis.Configuration;

/// <summary>Several globs, possibly relative to different folders; a path matches when any glob matches it.</summary>
public sealed class GlobSet
{
    private readonly (string BaseDirectory, Matcher Matcher)[] _matchers;

    public GlobSet(IEnumerable<ConfigGlob> globs)
    {
        ArgumentNullException.ThrowIfNull(globs);
        Globs = [.. globs];
        _matchers = [.. Globs
            .GroupBy(g => g.BaseDirectory, StringComparer.Ordinal)
            .Select(group =>
            {
                var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
                foreach (var glob in group)
                {
                    matcher.AddInclude(glob.Pattern);
                }

                return (group.Key, matcher);
            })];
    }

    public ImmutableArray<ConfigGlob> Globs { get; }

    /// <summary>True when a glob matches <paramref name="fullPath"/>, taken relative to that glob's folder.</summary>
    public bool IsMatch(string fullPath)
    {
        foreach (var (baseDirectory, matcher) in _matchers)
        {
            var relative = Path.GetRelativePath(baseDirectory, fullPath);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                continue;
            }

            if (matcher.Match(relative.Replace('\\', '/')).HasMatches)
            {
                return true;
            }
        }

        return false;
    }
}
