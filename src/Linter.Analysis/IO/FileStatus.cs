using System.Runtime.InteropServices;

namespace Linter.Analysis.IO;

/// <summary>What a path is: a regular file, a folder, or something else (a fifo, a device, a socket).</summary>
public enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file: the only kind stmtlint reads.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A fifo, a character or block device or a socket: reading one may block forever or never end.</summary>
    Special,

    /// <summary>The system cannot tell (not Linux): treated as a regular file, and read with a size limit.</summary>
    Unknown,
}

/// <summary>
/// The parts of a file's status that .NET does not expose: its type (a fifo and <c>/dev/zero</c> look
/// like empty files to <see cref="FileInfo"/>), its hard link count and its owner. Linux's
/// <c>statx</c>, whose buffer has one layout on every architecture; elsewhere the kind is
/// <see cref="FileKind.Unknown"/>.
/// </summary>
/// <param name="Kind">What the path is.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="LinkCount">How many names (hard links) the file has.</param>
/// <param name="Owner">The owner's user ID.</param>
/// <param name="Group">The group ID.</param>
public readonly record struct FileStatus(FileKind Kind, long Size, uint LinkCount, uint Owner, uint Group)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int FileTypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int Enoent = 2;
    private const int Enotdir = 20;

    /// <summary>The status of <paramref name="path"/>, following symbolic links unless <paramref name="followLinks"/> is false.</summary>
    public static FileStatus Of(string path, bool followLinks = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux())
        {
            return new FileStatus(File.Exists(path) ? FileKind.Unknown : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing, 0, 1, 0, 0);
        }

        var buffer = new byte[256];
        if (NativeMethods.Statx(AtFdCwd, NativePath(path), followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return new FileStatus(error is Enoent or Enotdir ? FileKind.Missing : FileKind.Unknown, 0, 1, 0, 0);
        }

        var mode = BitConverter.ToUInt16(buffer, 28) & FileTypeMask;
        var kind = mode switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
        return new FileStatus(kind, (long)BitConverter.ToUInt64(buffer, 40), BitConverter.ToUInt32(buffer, 16), BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24));
    }

    /// <summary>Gives <paramref name="path"/> this owner and group; false when the system refuses (not root, not a member of the group) or is not Linux.</summary>
    public static bool TrySetOwner(string path, uint owner, uint group) =>
        OperatingSystem.IsLinux() && NativeMethods.Chown(NativePath(path), owner, group) == 0;

    private static byte[] NativePath(string path) => [.. System.Text.Encoding.UTF8.GetBytes(path), 0];

    private static class NativeMethods
    {
        // Plain DllImport: byte[] and string marshal without unsafe code, and the native build generates the stubs ahead of time.
        // Paths go as NUL-terminated UTF-8 bytes, as Linux file names are, rather than through string marshalling.
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);

        [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Chown(byte[] path, uint owner, uint group);
    }
}
