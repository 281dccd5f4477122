using System.Security.Cryptography;
using Linter.Cli.Formatters;
using Linter.CustomRules;

namespace Linter.Cli.Caching;

/// <summary>
/// The user's own cache folder (<c>$XDG_CACHE_HOME/stmtlint</c>, else <c>~/.cache/stmtlint</c>) and
/// the per-machine key kept in it. A checked-out repository is written by whoever opened the pull
/// request, so nothing cached inside it is trusted as it is: compiled C# rules live here, out of the
/// tree, and every cache entry (here or in the tree's <c>.stmtlint-cache/</c>) carries an HMAC under
/// this key, which no repository can read or forge.
/// </summary>
internal static class UserCache
{
    /// <summary>The key's length in bytes: as long as HMAC-SHA256's block hash.</summary>
    private const int KeyLength = 32;

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The folder, as the XDG base directory specification places a user's caches; a relative <c>XDG_CACHE_HOME</c> is ignored, as the specification says.</summary>
    public static string Directory(CliEnvironment environment)
    {
        if (environment.Variables.TryGetValue("XDG_CACHE_HOME", out var xdg) && Path.IsPathFullyQualified(xdg))
        {
            return Path.Combine(xdg, "stmtlint");
        }

        var home = environment.Variables.TryGetValue("HOME", out var value) && Path.IsPathFullyQualified(value)
            ? value
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".cache", "stmtlint");
    }

    /// <summary>
    /// The key in <paramref name="directory"/>, created (random, readable by its owner only) when there
    /// is none; null when it cannot be read or made, or is readable by others, so that nothing is cached
    /// rather than something cached under a key that is not secret.
    /// </summary>
    public static byte[]? Key(string directory)
    {
        var path = Path.Combine(directory, "key");
        try
        {
            if (TryRead(path) is { } existing)
            {
                return existing;
            }

            CreateFolder(directory);

            // Written whole under a name of its own with its final mode from the start, then linked into place: a
            // concurrent run either wins or reads the winner's key, and nobody ever reads half a key.
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            var key = RandomNumberGenerator.GetBytes(KeyLength);
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = OwnerOnlyFile;
                }

                using (var stream = new FileStream(temporary, options))
                {
                    stream.Write(key);
                }

                File.Move(temporary, path, overwrite: false);
                return key;
            }
            catch (IOException) when (File.Exists(path))
            {
                return TryRead(path);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The key at <paramref name="path"/> when it is a regular file of the right length that only its owner can read; null when there is none.</summary>
    private static byte[]? TryRead(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return null;
        }

        if (info.LinkTarget is not null || info.Length != KeyLength || (!OperatingSystem.IsWindows() && (info.UnixFileMode & ~OwnerOnlyFile) != 0))
        {
            throw new IOException($"'{path}' is not a key that only its owner can read");
        }

        var key = File.ReadAllBytes(path);
        return key.Length == KeyLength ? key : throw new IOException($"'{path}' changed while it was read");
    }

    /// <summary>Where compiled C# rules are kept, with the key that authenticates them; null (compile every time) when there is no key.</summary>
    public static CompiledRuleCache? CompiledRules(CliEnvironment environment)
    {
        var directory = Directory(environment);
        return Key(directory) is { } key ? new CompiledRuleCache(directory, key) : null;
    }

    private static void CreateFolder(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(directory);
        }
        else
        {
            // Only the last folder is ours to make private; ~/.cache is the user's and keeps whatever mode it has.
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(directory)!);
            System.IO.Directory.CreateDirectory(directory, OwnerOnlyFolder);
        }
    }
}
