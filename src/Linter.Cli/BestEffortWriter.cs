using System.Text;

namespace Linter.Cli;

/// <summary>
/// Standard error as a writer that cannot fail the run: on a full disk (or <c>/dev/full</c>) the
/// console's writer throws, and the runtime's own report of that exception, written to the same
/// stream, threw again and aborted the process (exit code 134). Past the first failure this writer
/// drops what it is given and records that it did, so the run ends with exit code 2.
/// </summary>
internal sealed class BestEffortWriter(TextWriter inner) : TextWriter
{
    /// <summary>True once a write failed: some of what was meant for this stream is lost.</summary>
    public bool Failed { get; private set; }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        if (Failed)
        {
            return;
        }

        try
        {
            write();
        }
        catch (IOException)
        {
            Failed = true;
        }
    }
}
