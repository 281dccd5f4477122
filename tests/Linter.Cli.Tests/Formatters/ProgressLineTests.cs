using System.Globalization;
using Linter.Cli.Formatters;

namespace Linter.Cli.Tests.Formatters;

/// <summary>The progress line appears only on a terminal, only after the delay, and is erased at the end.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void ShowsAndErasesTheLineOnATerminalOnceTheDelayHasPassed()
    {
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);

        using (var progress = ProgressLine.Start(stderr, 3, FormatterRunner.Environment(terminal: true), TimeSpan.FromMilliseconds(10)))
        {
            // Waits for the timer however loaded the machine is, within reason.
            Assert.True(SpinWait.SpinUntil(() => progress.IsShown, TimeSpan.FromSeconds(30)));
        }

        Assert.Equal("\rstmtlint: checking 3 files…\r\u001b[K", stderr.ToString());
    }

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
}
