using System.Globalization;
using Linter.Cli.Formatters;

namespace Linter.Cli.Tests.Formatters;

/// <summary>The progress line appears only on a terminal, only after the delay, and is erased at the end.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void ShowsAndErasesTheLineOnATerminalOnceTheDelayHasPassed()
    {
        var stderr = new LockedWriter();

        using (var progress = ProgressLine.Start(stderr, 3, FormatterRunner.Environment(terminal: true), TimeSpan.FromMilliseconds(10)))
        {
            progress.FileDone(errors: 2);

            // Waits for the timer however loaded the machine is, within reason.
            Assert.True(SpinWait.SpinUntil(() => stderr.ToString().Contains("\rstmtlint: 1/3 files · 2 errors · 0:0", StringComparison.Ordinal), TimeSpan.FromSeconds(30)));
        }

        var text = stderr.ToString();
        Assert.StartsWith("\rstmtlint: ", text, StringComparison.Ordinal);
        Assert.EndsWith("\u001b[K\r\u001b[K", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IsRedrawnAsFilesAreDone()
    {
        var stderr = new LockedWriter();

        using (var progress = ProgressLine.Start(stderr, 1927, FormatterRunner.Environment(terminal: true), TimeSpan.FromMilliseconds(10)))
        {
            Assert.True(SpinWait.SpinUntil(() => progress.IsShown, TimeSpan.FromSeconds(30)));
            for (var i = 0; i < 1204; i++)
            {
                progress.FileDone(errors: i < 3 ? 1 : 0);
            }

            Assert.True(SpinWait.SpinUntil(() => stderr.ToString().Contains("stmtlint: 1,204/1,927 files · 3 errors · ", StringComparison.Ordinal), TimeSpan.FromSeconds(30)));
        }

        Assert.StartsWith("\rstmtlint: 0/1,927 files · 0 errors · 0:0", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1204, 1927, 3, 2, "stmtlint: 1,204/1,927 files · 3 errors · 0:02")]
    [InlineData(1, 1, 1, 75, "stmtlint: 1/1 file · 1 error · 1:15")]
    [InlineData(0, 2, 0, 3723, "stmtlint: 0/2 files · 0 errors · 1:02:03")]
    public void TheLineCountsFilesErrorsAndTime(int done, int total, int errors, int seconds, string expected) =>
        Assert.Equal(expected, ProgressLine.Text(done, total, errors, TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void ShowsNothingWhenStderrIsNotATerminal()
    {
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);

        using (ProgressLine.Start(stderr, 3, CliEnvironment.None, TimeSpan.FromMilliseconds(10)))
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(300));
        }

        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public void ShowsNothingForAQuickRun()
    {
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);

        using (ProgressLine.Start(stderr, 3, FormatterRunner.Environment(terminal: true)))
        {
        }

        Assert.Equal(string.Empty, stderr.ToString());
    }

    /// <summary>A writer the test reads while the progress timer writes to it from another thread.</summary>
    private sealed class LockedWriter : StringWriter
    {
        private readonly Lock _lock = new();

        public LockedWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override void Write(char value)
        {
            lock (_lock)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_lock)
            {
                base.Write(value);
            }
        }

        public override string ToString()
        {
            lock (_lock)
            {
                return base.ToString();
            }
        }
    }
}
