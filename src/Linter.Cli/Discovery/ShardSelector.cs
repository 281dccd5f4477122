using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Linter.Cli.Discovery;

/// <summary>
/// <c>--shard K/N</c>: a stable K-th of N shares of the files, so a CI matrix can split an archive
/// across machines. A file's share depends only on its path relative to the repository root (or the
/// current directory outside a repository), never on which other files exist, their order, or where
/// the checkout lives, so every machine agrees and the shares cover every file exactly once.
/// </summary>
internal sealed class ShardSelector
{
    private ShardSelector(int index, int count)
    {
        Index = index;
        Count = count;
    }

    /// <summary>K, from 1.</summary>
    public int Index { get; }

    /// <summary>N.</summary>
    public int Count { get; }

    /// <exception cref="UsageException"><paramref name="text"/> is not <c>K/N</c> with 1 ≤ K ≤ N.</exception>
    public static ShardSelector Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index < 1 || index > count)
        {
            throw new UsageException($"--shard expects K/N with 1 <= K <= N (for example 2/4), not '{text}'");
        }

        return new ShardSelector(index, count);
    }

    /// <summary>The share (from 1) of a path relative to the shard root; separators are normalised so Windows and Unix agree.</summary>
    public static int ShareOf(string relativePath, int count)
    {
        var normalised = relativePath.Replace('\\', '/');
        var hash = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(normalised));
        return (int)(hash % (ulong)count) + 1;
    }

    public bool Contains(string relativePath) => ShareOf(relativePath, Count) == Index;
}
