using System.Globalization;
using System.Text;
using Linter.Cli.Watching;

namespace Linter.Cli.Tests.Watching;

public sealed class WatchLoopTests
{
    private const string Dated = "Statement by Minister (2022-4-29)\n\n";

    [Fact]
    public async Task AnEditedFileIsCheckedAgainAndTheLoopEndsWhenCancelled()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("doc.txt", Dated + "Trade is up.\n");
        var stdout = new SynchronizedWriter();
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var command = new CheckCommand(stdout, stderr, temp.Path);
        var changes = new ScriptedChanges(beforeFirstChange: () => File.WriteAllText(path, Dated + "Trade is up.\n\nPrint\n"), [path]);
        using var cancellation = new CancellationTokenSource();

        var loop = WatchLoop.RunAsync(() => command.RunOnce(new CheckOptions { Paths = ["."] }), changes, TextWriter.Synchronized(stderr), cancellation.Token);
        await changes.SecondWait.WaitAsync(TimeSpan.FromSeconds(30));
        var output = stdout.ToString();
        await cancellation.CancelAsync();
        var exitCode = await loop.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("doc.txt(5,1,5,6): warning SL4002: page boilerplate 'Print' left in the text [page-boilerplate]\n", output);
        Assert.Equal(0, exitCode);
        Assert.Contains("stmtlint: 1 file changed; checking again\n", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFileSystemSourceReportsAnEditedDocumentOnceAfterABurstOfWrites()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("docs/doc.txt", Dated);
        using var source = new FileSystemChangeSource([temp.Path], Path.Combine(temp.Path, ".stmtlint-cache")) { Quiet = TimeSpan.FromMilliseconds(300) };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var waiting = source.WaitForChangesAsync(timeout.Token);
        temp.Write(".stmtlint-cache/entry.txt", "ours");
        for (var i = 0; i < 3; i++)
        {
            File.AppendAllText(path, "More.\n");
        }

        var changed = await waiting;

        Assert.Equal([path], changed);
    }

    [Fact]
    public async Task TheFileSystemSourceReportsAWatchedFolderThatGoesAndComesBackAndWatchesItAgain()
    {
        using var temp = new TempDirectory();
        var docs = Path.Combine(temp.Path, "docs");
        temp.Write("docs/doc.txt", Dated);
        using var source = new FileSystemChangeSource([docs], Path.Combine(temp.Path, ".stmtlint-cache"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        Directory.Move(docs, Path.Combine(temp.Path, "docs-renamed"));
        Assert.Contains(docs, await source.WaitForChangesAsync(timeout.Token));

        temp.Write("docs/doc.txt", Dated);
        Assert.Contains(docs, await source.WaitForChangesAsync(timeout.Token));

        // The folder that came back has a watcher of its own: a file made in it is seen (after the batches of its return).
        await Task.Delay(FileSystemChangeSource.PollInterval * 3);
        var added = temp.Write("docs/added.txt", Dated);
        while (!(await source.WaitForChangesAsync(timeout.Token)).Contains(added))
        {
        }
    }

    [Fact]
    public async Task AWatchedFolderThatIsDeletedIsReportedGoneAndCheckedAgainWhenItReturns()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/doc.txt", Dated + "Trade is up.\n");
        var stdout = new SynchronizedWriter();
        var stderr = new SynchronizedWriter();
        var command = new CheckCommand(stdout, stderr, temp.Path);
        using var source = new FileSystemChangeSource([Path.Combine(temp.Path, "docs")], Path.Combine(temp.Path, ".stmtlint-cache"));
        using var cancellation = new CancellationTokenSource();

        var loop = WatchLoop.RunAsync(() => command.RunOnce(new CheckOptions { Paths = ["docs"], NoCache = true }), source, stderr, cancellation.Token);
        await Until(() => stderr.ToString().Contains("watching for changes", StringComparison.Ordinal));
        Directory.Delete(Path.Combine(temp.Path, "docs"), recursive: true);
        await Until(() => stderr.ToString().Contains("stmtlint: error: path 'docs' does not exist; still watching", StringComparison.Ordinal));
        Assert.False(loop.IsCompleted);

        temp.Write("docs/doc.txt", Dated + "Trade is up.\n\nPrint\n");
        await Until(() => stdout.ToString().Contains("SL4002", StringComparison.Ordinal));
        await cancellation.CancelAsync();
        var exitCode = await loop.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
        Assert.Contains("docs/doc.txt(5,1,5,6): warning SL4002", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderDeletedAndMadeAgainBetweenTwoPollsIsWatchedAgain()
    {
        using var temp = new TempDirectory();
        var docs = Path.Combine(temp.Path, "docs");
        temp.Write("docs/doc.txt", Dated);
        using var source = new FileSystemChangeSource([docs], Path.Combine(temp.Path, ".stmtlint-cache"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // Well within one poll interval, so the path never looks missing; then a few polls to notice the swap.
        Directory.Delete(docs, recursive: true);
        temp.Write("docs/doc.txt", Dated);
        await Task.Delay(FileSystemChangeSource.PollInterval * 3);

        // Only a watcher of the new folder sees a file made in it.
        var added = temp.Write("docs/added.txt", Dated);
        while (!(await source.WaitForChangesAsync(timeout.Token)).Contains(added))
        {
        }
    }

    /// <summary>Waits up to 30 seconds for <paramref name="condition"/>, failing the test past that.</summary>
    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the watch did not get there within 30 seconds");
            await Task.Delay(50);
        }
    }

    /// <summary>A change source that edits a file before announcing it, and says when the loop waits a second time (so the re-check is done).</summary>
    private sealed class ScriptedChanges : IChangeSource
    {
        private readonly Action _beforeFirstChange;
        private readonly IReadOnlyCollection<string> _changed;
        private readonly TaskCompletionSource _secondWait = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _waits;

        public ScriptedChanges(Action beforeFirstChange, IReadOnlyCollection<string> changed)
        {
            _beforeFirstChange = beforeFirstChange;
            _changed = changed;
        }

        public Task SecondWait => _secondWait.Task;

        public async Task<IReadOnlyCollection<string>> WaitForChangesAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _waits) == 1)
            {
                _beforeFirstChange();
                return _changed;
            }

            _secondWait.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        }
    }

    /// <summary>A writer the test can read while the loop writes to it from another thread.</summary>
    private sealed class SynchronizedWriter : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _lock = new();

        public SynchronizedWriter()
            : base(CultureInfo.InvariantCulture)
        {
            NewLine = "\n";
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_lock)
            {
                _text.Append(value);
            }
        }

        public override string ToString()
        {
            lock (_lock)
            {
                return _text.ToString();
            }
        }
    }
}
