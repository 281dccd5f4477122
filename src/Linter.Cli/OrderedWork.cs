using System.Runtime.ExceptionServices;

namespace Linter.Cli;

/// <summary>
/// Runs a piece of work per item of a lazy source on several threads and hands each result to the
/// calling thread in source order, as soon as it and every result before it are done. Workers take
/// items from the source one at a time (under a lock, so the source is read by one thread at a
/// time and never in full) and never take one more than <c>window</c> past the last result handed
/// on, so at most <c>window</c> items and results wait at any time, however many items there are:
/// the memory of a run does not grow with its size, and the order never depends on scheduling.
/// </summary>
internal static class OrderedWork
{
    /// <summary>How far ahead of the output workers may run: enough to keep them busy past a slow file, small enough that waiting results cost little.</summary>
    public const int DefaultWindow = 256;

    /// <summary>
    /// Computes <paramref name="work"/> for every item of <paramref name="source"/>, at most
    /// <paramref name="jobs"/> at once, and calls <paramref name="emit"/> on the calling thread for
    /// each item in source order; neither is referenced here once emitted. A failure (an exception
    /// from the source, from work or from emit) stops the run: every result before the failed item
    /// is still emitted, then the exception is rethrown once every worker has stopped, as a run on
    /// one thread would. With one job no thread is started (pass one job for a single item: starting
    /// threads is a measurable part of a run that should take a few tens of milliseconds).
    /// </summary>
    public static void Run<TItem, TResult>(IEnumerable<TItem> source, int jobs, Func<TItem, TResult> work, Action<TItem, TResult> emit, int window = DefaultWindow)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        if (jobs == 1)
        {
            foreach (var item in source)
            {
                emit(item, work(item));
            }

            return;
        }

        using var items = source.GetEnumerator();
        new Pipeline<TItem, TResult>(items, window, work).Run(jobs, emit);
    }

    /// <summary>The shared state of one run: a ring of <c>window</c> slots, indexed by an item's position in the source modulo the window.</summary>
    private sealed class Pipeline<TItem, TResult>
    {
        private readonly IEnumerator<TItem> _source;
        private readonly Func<TItem, TResult> _work;
        private readonly (TItem Item, TResult Result)[] _slots;
        private readonly bool[] _filled;

        // Guards every field below; Monitor rather than Lock because workers and the emitter wait on it.
        private readonly object _gate = new();
        private int _nextToClaim;
        private int _emitted;

        // The number of items, once the source has run out.
        private int _end = int.MaxValue;
        private ExceptionDispatchInfo? _failure;

        // The lowest index whose work or emit failed; everything below it is still emitted.
        private int _failedAt = int.MaxValue;

        public Pipeline(IEnumerator<TItem> source, int window, Func<TItem, TResult> work)
        {
            _source = source;
            _work = work;
            _slots = new (TItem, TResult)[window];
            _filled = new bool[window];
        }

        public void Run(int jobs, Action<TItem, TResult> emit)
        {
            var workers = new Thread[jobs];
            for (var w = 0; w < jobs; w++)
            {
                workers[w] = new Thread(WorkLoop) { IsBackground = true, Name = "stmtlint worker" };
                workers[w].Start();
            }

            for (var i = 0; TryTake(i, out var item, out var result); i++)
            {
                try
                {
                    emit(item, result);
                }
                catch (Exception e)
                {
                    Fail(i, ExceptionDispatchInfo.Capture(e));
                }
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }

            _failure?.Throw();
        }

        /// <summary>
        /// Waits for item <paramref name="index"/>, empties its slot and lets workers move the window
        /// on; false when the source ended before it or the run failed at or before it. An item
        /// before a failure was claimed before the failed one, so its worker is still going to deliver it.
        /// </summary>
        private bool TryTake(int index, out TItem item, out TResult result)
        {
            var slot = index % _slots.Length;
            lock (_gate)
            {
                while (!_filled[slot] && index < _failedAt && index < _end)
                {
                    Monitor.Wait(_gate);
                }

                if (index >= _failedAt || index >= _end)
                {
                    (item, result) = (default!, default!);
                    return false;
                }

                (item, result) = _slots[slot];
                _slots[slot] = default;
                _filled[slot] = false;
                _emitted = index + 1;
                Monitor.PulseAll(_gate);
                return true;
            }
        }

        private void WorkLoop()
        {
            while (TryClaim(out var index, out var item) && TryDeliver(index, item))
            {
            }
        }

        /// <summary>
        /// Works on one item and puts the result in its slot; false when the work failed. A method of
        /// its own so that no worker holds on to its last result while it waits for the window.
        /// </summary>
        private bool TryDeliver(int index, TItem item)
        {
            TResult result;
            try
            {
                result = _work(item);
            }
            catch (Exception e)
            {
                Fail(index, ExceptionDispatchInfo.Capture(e));
                return false;
            }

            lock (_gate)
            {
                _slots[index % _slots.Length] = (item, result);
                _filled[index % _slots.Length] = true;
                Monitor.PulseAll(_gate);
            }

            return true;
        }

        /// <summary>
        /// The next item of the source and its position, once that is inside the window; false when
        /// the source has run out or the run failed. The source is read here, under the lock, so by
        /// one thread at a time; an exception from it fails the run at the position it was asked for.
        /// </summary>
        private bool TryClaim(out int index, out TItem item)
        {
            lock (_gate)
            {
                while (_failure is null && _nextToClaim < _end && _nextToClaim - _emitted >= _slots.Length)
                {
                    Monitor.Wait(_gate);
                }

                index = -1;
                item = default!;
                if (_failure is not null || _nextToClaim >= _end)
                {
                    return false;
                }

                bool more;
                try
                {
                    more = _source.MoveNext();
                }
                catch (Exception e)
                {
                    Fail(_nextToClaim, ExceptionDispatchInfo.Capture(e));
                    return false;
                }

                if (!more)
                {
                    _end = _nextToClaim;
                    Monitor.PulseAll(_gate);
                    return false;
                }

                item = _source.Current;
                index = _nextToClaim++;
                return true;
            }
        }

        private void Fail(int index, ExceptionDispatchInfo failure)
        {
            lock (_gate)
            {
                if (index < _failedAt)
                {
                    _failedAt = index;
                    _failure = failure;
                }

                Monitor.PulseAll(_gate);
            }
        }
    }
}
