using System.Text;

namespace Linter.Cli.Formatters;

/// <summary>
/// Writes a report file so that a reader (a CI upload step, an editor) never sees half of it: the
/// text goes to a temporary file in the same directory, which <see cref="Commit"/> renames over the
/// target. Disposing without committing (a run that failed half way) removes the temporary file
/// and leaves the target as it was.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly StreamWriter _writer;
    private bool _finished;

    private AtomicFile(string path)
    {
        _path = path;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(directory);
        _temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        _writer = new StreamWriter(_temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    }

    /// <summary>Where the text goes until <see cref="Commit"/>.</summary>
    public TextWriter Writer => _writer;

    /// <summary>Starts writing <paramref name="path"/>; nothing is visible there until <see cref="Commit"/>.</summary>
    public static AtomicFile Open(string path) => new(path);

    /// <summary>Writes the whole of <paramref name="path"/> at once.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        using var file = Open(path);
        write(file.Writer);
        file.Commit();
    }

    /// <summary>Closes the text and puts it in place of the target.</summary>
    public void Commit()
    {
        _writer.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _finished = true;
    }

    public void Dispose()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        try
        {
            // On a full disk, closing flushes what is buffered and throws again; the temporary
            // file must go all the same (it was left behind, hundreds of KB of it).
            _writer.Dispose();
        }
        catch (IOException)
        {
            // The output has already been reported as failed; its text is being thrown away.
        }
        finally
        {
            File.Delete(_temporary);
        }
    }
}
