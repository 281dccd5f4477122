using Linter.Analysis.Configuration;

namespace Linter.Cli.Discovery;

/// <summary>
/// Files a folder search passes over unless configuration asks for them: a repository's own
/// documents (README, CHANGELOG, CONTRIBUTING, LICENSE, CODE_OF_CONDUCT, SECURITY, in any document
/// extension), which no content repository means as statements, and everything under
/// <c>.github/</c> and <c>.stmtlint-cache/</c>. (<c>bin</c>, <c>obj</c>, <c>.git</c> and
/// <c>node_modules</c> are never walked at all.) An <c>include</c> glob that matches such a file and
/// names it (<c>README.md</c>, <c>docs/**/CHANGELOG.*</c>, <c>.github/**</c>) brings it back; a
/// generic one such as <c>**/*.md</c> does not, so that the usual include list does not undo this.
/// A file named on the command line is always checked.
/// </summary>
internal static class DefaultExclusions
{
    private static readonly string[] s_repositoryDocuments = ["README", "CHANGELOG", "CONTRIBUTING", "LICENSE", "CODE_OF_CONDUCT", "SECURITY"];
    private static readonly string[] s_folders = [".github", ".stmtlint-cache"];

    /// <summary>True when <paramref name="fullPath"/>, found by searching folders, is left out under <paramref name="configuration"/>.</summary>
    public static bool Excludes(string fullPath, EffectiveConfiguration configuration)
    {
        if (Reason(fullPath) is not { } name)
        {
            return false;
        }

        return configuration.Include is not { } include
            || !include.Globs.Any(g => g.Pattern.Contains(name, StringComparison.OrdinalIgnoreCase) && new GlobSet([g]).IsMatch(fullPath));
    }

    /// <summary>The name that leaves <paramref name="fullPath"/> out (a document's stem or a folder), or null.</summary>
    internal static string? Reason(string fullPath)
    {
        var stem = Path.GetFileNameWithoutExtension(fullPath);
        var document = s_repositoryDocuments.FirstOrDefault(d => string.Equals(d, stem, StringComparison.OrdinalIgnoreCase));
        if (document is not null)
        {
            return document;
        }

        var segments = Path.GetDirectoryName(fullPath)?.Split(Path.DirectorySeparatorChar) ?? [];
        return s_folders.FirstOrDefault(f => segments.Contains(f, StringComparer.OrdinalIgnoreCase));
    }
}
