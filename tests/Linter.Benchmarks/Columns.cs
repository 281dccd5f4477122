using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Linter.Benchmarks;

/// <summary>Base for the columns below: the size of the input a benchmark class reads, from its <see cref="InputAttribute"/>.</summary>
public abstract class InputColumn : IColumn
{
    private static readonly Dictionary<InputSet, long> s_sizes = [];

    public abstract string Id { get; }

    public abstract string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public abstract string Legend { get; }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || benchmarkCase.Descriptor.Type.GetCustomAttributes(typeof(InputAttribute), inherit: false) is not [InputAttribute input])
        {
            return "-";
        }

        long bytes;
        lock (s_sizes)
        {
            if (!s_sizes.TryGetValue(input.Set, out bytes))
            {
                bytes = s_sizes[input.Set] = Inputs.SizeOf(input.Set);
            }
        }

        return Compute(summary, benchmarkCase, report, bytes / 1_000_000.0);
    }

    protected abstract string Compute(Summary summary, BenchmarkCase benchmarkCase, BenchmarkReport report, double megabytes);

    public override string ToString() => ColumnName;
}

/// <summary>Megabytes of input per second, from the mean time of one operation over the whole input.</summary>
public sealed class ThroughputColumn : InputColumn
{
    public override string Id => nameof(ThroughputColumn);

    public override string ColumnName => "MB/s";

    public override string Legend => "Input megabytes (10^6 bytes) per second of the mean";

    protected override string Compute(Summary summary, BenchmarkCase benchmarkCase, BenchmarkReport report, double megabytes) =>
        (megabytes / (report.ResultStatistics!.Mean / 1e9)).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Bytes allocated per megabyte of input, from the memory diagnoser.</summary>
public sealed class AllocationPerMegabyteColumn : InputColumn
{
    public override string Id => nameof(AllocationPerMegabyteColumn);

    public override string ColumnName => "Alloc/MB";

    public override string Legend => "Managed bytes allocated per input megabyte, in megabytes";

    protected override string Compute(Summary summary, BenchmarkCase benchmarkCase, BenchmarkReport report, double megabytes)
    {
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is { } bytes
            ? (bytes / 1_000_000.0 / megabytes).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)
            : "-";
    }
}

/// <summary>For <see cref="RuleBenchmarks"/>: the mean minus that of the engine with no rule, in milliseconds.</summary>
public sealed class RuleCostColumn : InputColumn
{
    public override string Id => nameof(RuleCostColumn);

    public override string ColumnName => "Rule ms";

    public override string Legend => "Mean minus the mean of the (none) case: what the rule alone costs, in milliseconds";

    protected override string Compute(Summary summary, BenchmarkCase benchmarkCase, BenchmarkReport report, double megabytes)
    {
        if (benchmarkCase.Descriptor.Type != typeof(RuleBenchmarks))
        {
            return "-";
        }

        var none = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Type == typeof(RuleBenchmarks) && Equals(c.Parameters[nameof(RuleBenchmarks.Rule)], RuleBenchmarks.NoRule));
        if (none is null || summary[none]?.ResultStatistics is not { } baseline)
        {
            return "-";
        }

        return ((report.ResultStatistics!.Mean - baseline.Mean) / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
