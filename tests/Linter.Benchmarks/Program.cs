using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Linter.Benchmarks;

// One operation reads the whole input (seconds for the corpus), so a few monitored iterations
// say more than BenchmarkDotNet's default of many short ones; see RESULTS.md for how to run.
// In process: BenchmarkDotNet's default generates and builds a project per job, which takes
// minutes on a busy two-core machine and measures nothing more for code that does no I/O.
var config = DefaultConfig.Instance
    .AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7)
        .WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(new ThroughputColumn(), new AllocationPerMegabyteColumn(), new RuleCostColumn());

BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args, config);
