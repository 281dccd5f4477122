namespace Linter.Cli.Tests.Checking;

/// <summary>
/// The reorder window behind <c>check</c>: results come out in source order whatever order they finish in, workers never run
/// (nor read the lazy source) more than the window ahead of the output, a result is let go once handed on, and a failure stops the run.
/// </summary>
public sealed class OrderedWorkTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void EmitsInIndexOrderWhenLaterItemsFinishFirst()
    {
        // Item 0 finishes only after items 1 to 3 have: they must run beside it, and still come out after it.
        using var laterDone = new CountdownEvent(3);
        var finished = new List<int>();
        var emitted = new List<int>();

        OrderedWork.Run(
            Enumerable.Range(0, 20),
            jobs: 4,
            i =>
            {
                if (i == 0)
                {
                    Assert.True(laterDone.Wait(s_patience), "items 1 to 3 never finished while item 0 was running");
                }

                lock (finished)
                {
                    finished.Add(i);
                }

                if (i is >= 1 and <= 3)
                {
                    laterDone.Signal();
                }

                return i * 10;
            },
            (i, result) =>
            {
                Assert.Equal(i * 10, result);
                emitted.Add(i);
            });

        Assert.Equal(Enumerable.Range(0, 20), emitted);
        Assert.NotEqual(0, finished[0]);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(3, 4)]
    [InlineData(8, 5)]
    public void NeverStartsAnItemAWindowAheadOfTheOutput(int jobs, int window)
    {
        var emittedCount = 0;
        var furthestAhead = 0;
        var emitted = new List<int>();

        OrderedWork.Run(
            Enumerable.Range(0, 200),
            jobs,
            i =>
            {
                var ahead = i - Volatile.Read(ref emittedCount);
                InterlockedMax(ref furthestAhead, ahead);
                Thread.SpinWait(i % 7 * 1000);
                return i;
            },
            (i, result) =>
            {
                Volatile.Write(ref emittedCount, i + 1);
                emitted.Add(result);
            },
            window);

        // The count here trails the runner's own by at most the item being handed on.
        Assert.Equal(Enumerable.Range(0, 200), emitted);
        Assert.InRange(furthestAhead, 0, window);
    }

    [Fact]
    public void LetsGoOfEachResultOnceItIsEmitted()
    {
        var handedOn = new List<WeakReference>();
        var stillAlive = -1;

        OrderedWork.Run(
            Enumerable.Range(0, 40),
            jobs: 2,
            _ => new byte[1024],
            (i, result) =>
            {
                handedOn.Add(new WeakReference(result));
                if (i == 30)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();

                    // This one is being handed on and the one before may still sit in a stack slot of the emitting loop; older ones must be gone.
                    stillAlive = handedOn.Take(i - 1).Count(r => r.IsAlive);
                }
            },
            window: 4);

        Assert.Equal(0, stillAlive);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void AFailingItemStopsTheRunWithItsException(int jobs)
    {
        var emitted = new List<int>();

        var thrown = Assert.Throws<InvalidDataException>(() => OrderedWork.Run(
            Enumerable.Range(0, 100),
            jobs,
            i => i == 7 ? throw new InvalidDataException("item 7") : i,
            (i, _) => emitted.Add(i),
            window: 8));

        Assert.Equal("item 7", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 7), emitted);
    }

    [Fact]
    public void AFailingEmitStopsTheWorkers()
    {
        var started = 0;

        var thrown = Assert.Throws<IOException>(() => OrderedWork.Run(
            Enumerable.Range(0, 1000),
            jobs: 3,
            i =>
            {
                Interlocked.Increment(ref started);
                return i;
            },
            (i, _) =>
            {
                if (i == 5)
                {
                    throw new IOException("disk full");
                }
            },
            window: 10));

        Assert.Equal("disk full", thrown.Message);
        Assert.InRange(started, 6, 5 + 10 + 3);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 16)]
    public void ReadsALazySourceOneThreadAtATimeAndNoFurtherThanTheWindowAhead(int jobs, int window)
    {
        var emittedCount = 0;
        var furthestRead = 0;
        var reading = 0;
        var overlapped = false;
        IEnumerable<string> Source()
        {
            for (var i = 0; i < 300; i++)
            {
                // Between two items the source is being read: no other thread may be reading it then.
                overlapped |= Interlocked.Exchange(ref reading, 1) == 1;
                InterlockedMax(ref furthestRead, i - Volatile.Read(ref emittedCount));
                Thread.SpinWait(500);
                Volatile.Write(ref reading, 0);
                yield return $"item {i}";
            }
        }

        var emitted = new List<string>();
        OrderedWork.Run(
            Source(),
            jobs,
            item =>
            {
                Thread.SpinWait(item.Length % 3 * 2000);
                return item.ToUpperInvariant();
            },
            (item, result) =>
            {
                Assert.Equal(item.ToUpperInvariant(), result);
                emitted.Add(item);
                Volatile.Write(ref emittedCount, emitted.Count);
            },
            window);

        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"item {i}"), emitted);
        Assert.False(overlapped, "two threads read the source at once");
        Assert.InRange(furthestRead, 0, window);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void AFailingSourceStopsTheRunAfterTheItemsBeforeIt(int jobs)
    {
        IEnumerable<int> Source()
        {
            for (var i = 0; ; i++)
            {
                if (i == 9)
                {
                    throw new UnauthorizedAccessException("folder 9");
                }

                yield return i;
            }
        }

        var emitted = new List<int>();
        var thrown = Assert.Throws<UnauthorizedAccessException>(() => OrderedWork.Run(Source(), jobs, i => i * 2, (i, result) => emitted.Add(result / 2), window: 4));

        Assert.Equal("folder 9", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 9), emitted);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void AnEmptySourceEmitsNothing(int jobs)
    {
        var emitted = 0;

        OrderedWork.Run(Enumerable.Empty<int>(), jobs, i => i, (_, _) => emitted++);

        Assert.Equal(0, emitted);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
