using Linter.Cli.Linting;

namespace Linter.Cli;

/// <summary>
/// A document to lint, as <c>check</c> lists it (lazily, in output order): its folder (shared with
/// its neighbours), its name and its configuration plan. Full and printed paths are put together
/// when asked for.
/// </summary>
/// <param name="Folder">The folder it is in.</param>
/// <param name="Name">Its file name.</param>
/// <param name="Plan">Its configuration and rules, with the command line's rule selection applied.</param>
/// <param name="Content">The bytes read from standard input for <c>-</c>; null for a file read from disk.</param>
internal readonly record struct CheckedFile(CheckedFolder Folder, string Name, ConfigurationPlan Plan, byte[]? Content)
{
    public string FullPath => Path.Join(Folder.FullPath, Name);

    /// <summary>The path printed in diagnostics: <see cref="PathResolver.ToDisplayPath"/> of <see cref="FullPath"/>.</summary>
    public string DisplayPath => Folder.DisplayPrefix + Name;
}
