using System.Runtime.ExceptionServices;

namespace Linter.Cli;

/// <summary>
/// Runs a piece of work per index on several threads and hands each result to the calling thread
/// in index order, as soon as it and every result before it are done. Workers claim indices in
/// order and never start one more than <c>window</c> past the last result handed on, so at most
/// <c>window</c> results wait at any time, however many items there are: the memory of a run does
/// not grow with its size, and the order never depends on scheduling.
/// </summary>
internal static class OrderedWork
{
    /// <summary>How far ahead of the output workers may run: enough to keep them busy past a slow file, small enough that waiting results cost little.</summary>
    public const int DefaultWindow = 256;

    /// <summary>
    /// Computes <paramref name="work"/> for every index below <paramref name="count"/>, at most
    /// <paramref name="jobs"/> at once, and calls <paramref name="emit"/> on the calling thread for
    /// each index in increasing order; a result is not referenced here once emitted. A failure (an
    /// exception from work or from emit) stops the run: every result before the failed index is
    /// still emitted, then the exception is rethrown once every worker has stopped, as a run on
    /// one thread would.
    /// </summary>
    public static void Run<T>(int count, int jobs, Func<int, T> work, Action<int, T> emit, int window = DefaultWindow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        if (count <= 1 || jobs == 1)
        {
            // No threads for one file (an editor's or a hook's usual run) or one job: starting them
            // is a measurable part of a run that should take a few tens of milliseconds.
            for (var i = 0; i < count; i++)
            {
                emit(i, work(i));
            }

            return;
        }

        new Pipeline<T>(count, Math.Min(window, count), work).Run(Math.Min(jobs, count), emit);
    }

    /// <summary>The shared state of one run: a ring of <c>window</c> slots, indexed by item index modulo the window.</summary>
    private sealed class Pipeline<T>
    {
        private readonly int _count;
        private readonly Func<int, T> _work;
        private readonly T?[] _slots;
        private readonly bool[] _filled;

        // Guards every field below; Monitor rather than Lock because workers and the emitter wait on it.
        private readonly object _gate = new();
        private int _nextToClaim;
        private int _emitted;
        private ExceptionDispatchInfo? _failure;

        // The lowest index whose work or emit failed; everything below it is still emitted.
        private int _failedAt = int.MaxValue;

        public Pipeline(int count, int window, Func<int, T> work)
        {
            _count = count;
            _work = work;
            _slots = new T?[window];
            _filled = new bool[window];
        }

        public void Run(int jobs, Action<int, T> emit)
        {
            var workers = new Thread[jobs];
            for (var w = 0; w < jobs; w++)
            {
                workers[w] = new Thread(WorkLoop) { IsBackground = true, Name = "stmtlint worker" };
                workers[w].Start();
            }

            for (var i = 0; i < _count && TryTake(i, out var result); i++)
            {
                try
                {
                    emit(i, result);
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
        /// on; false when the run failed at or before it. An item before a failure was claimed before
        /// the failed one, so its worker is still going to deliver it.
        /// </summary>
        private bool TryTake(int index, out T result)
        {
            var slot = index % _slots.Length;
            lock (_gate)
            {
                while (!_filled[slot] && index < _failedAt)
                {
                    Monitor.Wait(_gate);
                }

                if (index >= _failedAt)
                {
                    result = default!;
                    return false;
                }

                result = _slots[slot]!;
                _slots[slot] = default;
                _filled[slot] = false;
                _emitted = index + 1;
                Monitor.PulseAll(_gate);
                return true;
            }
        }

        private void WorkLoop()
        {
            while (TryClaim(out var index) && TryDeliver(index))
            {
            }
        }

        /// <summary>
        /// Works on one item and puts the result in its slot; false when the work failed. A method of
        /// its own so that no worker holds on to its last result while it waits for the window.
        /// </summary>
        private bool TryDeliver(int index)
        {
            T result;
            try
            {
                result = _work(index);
            }
            catch (Exception e)
            {
                Fail(index, ExceptionDispatchInfo.Capture(e));
                return false;
            }

            lock (_gate)
            {
                _slots[index % _slots.Length] = result;
                _filled[index % _slots.Length] = true;
                Monitor.PulseAll(_gate);
            }

            return true;
        }

        /// <summary>The next index in order, once it is inside the window; false when all are claimed or the run failed.</summary>
        private bool TryClaim(out int index)
        {
            lock (_gate)
            {
                while (_failure is null && _nextToClaim < _count && _nextToClaim - _emitted >= _slots.Length)
                {
                    Monitor.Wait(_gate);
                }

                if (_failure is not null || _nextToClaim >= _count)
                {
                    index = -1;
                    return false;
                }

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
