using SharpFuzz;

namespace Linter.Fuzz;

/// <summary>
/// The fuzzing entry point. <c>Linter.Fuzz TARGET</c> runs under afl-fuzz (the assemblies instrumented by <c>sharpfuzz</c>, as
/// <c>scripts/fuzz.sh</c> does); <c>Linter.Fuzz TARGET --libfuzzer</c> runs under libfuzzer-dotnet; <c>Linter.Fuzz TARGET
/// --replay FILE|DIR…</c> runs inputs directly, without a fuzzer, and prints each failure (to reproduce a crash).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.ByName.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: Linter.Fuzz {string.Join('|', FuzzTargets.ByName.Keys)} [--libfuzzer | --replay FILE|DIR…]");
            return 2;
        }

        if (args.Length > 1 && args[1] == "--replay")
        {
            return Replay(target, args[2..]);
        }

        if (args.Length > 1 && args[1] == "--libfuzzer")
        {
            Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
            return 0;
        }

        // Out of process: a stack overflow or an out-of-memory in the target is reported as a crash instead of killing the fork server.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }

    private static int Replay(Action<byte[]> target, string[] paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
            .Where(p => !Path.GetFileName(p).Equals("README.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = 0;
        foreach (var file in files)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                target(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // Replaying reports every failure, whatever it is, and goes on to the next input.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures++;
                Console.WriteLine($"FAIL {file}: {exception}");
                continue;
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(1))
            {
                Console.WriteLine($"SLOW {file}: {watch.Elapsed.TotalMilliseconds:F0} ms");
            }
        }

        Console.WriteLine($"{files.Count} inputs replayed, {failures} failed");
        return failures == 0 ? 0 : 1;
    }
}
