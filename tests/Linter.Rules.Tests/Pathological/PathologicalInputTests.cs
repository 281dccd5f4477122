using System.Diagnostics;
using System.Globalization;
using System.Text;
using Linter.Analysis;
using Linter.Syntax;
using Xunit.Abstractions;

namespace Linter.Rules.Tests.Pathological;

/// <summary>
/// Inputs built to hurt a parser: huge, deep, repetitive, binary or broken. Each is parsed and analysed with every built-in
/// rule and must finish within a generous bound, lose nothing (the tree gives back the text), make no rule fail, and report
/// the diagnostic a reader would expect. Where a size can be scaled cheaply, the time at ten times the size must stay within
/// a factor that only linear (or n log n) work meets: quadratic work would take a hundred times as long.
/// </summary>
/// <remarks>
/// The bounds are tens of seconds, not milliseconds: the point is to catch runaway (superlinear) work on a shared two-core
/// machine, not to benchmark. The biggest inputs (50 MB, a million sentences) run once.
/// </remarks>
[Trait("Category", "Slow")]
public sealed class PathologicalInputTests(ITestOutputHelper output)
{
    private static readonly AnalysisEngine s_engine = new(BuiltInRules.All);

    /// <summary>Ten times the input may take at most this many times as long; linear work gives about 10, quadratic 100.</summary>
    private const double MaxGrowthForTenfoldInput = 35;

    /// <summary>
    /// With <c>STMTLINT_HUGE_INPUTS=1</c> the two biggest inputs run at full size (50 MB, a million sentences: minutes in a
    /// Debug build: 308 s and 141 s on a shared two-core machine); by default at a twenty-fifth of it, which keeps the suite
    /// quick while the scaling tests cover the growth.
    /// </summary>
    private static readonly bool s_hugeInputs = Environment.GetEnvironmentVariable("STMTLINT_HUGE_INPUTS") == "1";

    private static readonly TimeSpan s_hugeBound = TimeSpan.FromSeconds(s_hugeInputs ? 900 : 90);

    [Fact]
    public void AFiftyMegabyteSingleLineIsParsedLosslessly()
    {
        var length = 50 * 1024 * 1024 / (s_hugeInputs ? 1 : 25);
        var text = Repeat("The Report says that trade is up and the Declaration is new ", length);
        Assert.DoesNotContain('\n', text);

        var (tree, diagnostics) = CheckWithin(text, "one-line.txt", s_hugeBound);

        // One line with no title, date or turns: the document-level rules say so, once each.
        Assert.Single(tree.Root.DescendantNodes(), n => n.Kind == SyntaxKind.Paragraph);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.MissingDate);
    }

    [Theory]
    [InlineData("x.txt")]
    [InlineData("x.md")]
    public void ALongSingleLineScalesLinearly(string path) =>
        CheckLinear(size => Repeat("The Report says that “trade is up” and 2022-4-29 is a date . ", size), 50_000, path);

    [Theory]
    [InlineData("x.txt")]
    [InlineData("x.md")]
    public void TrailingWhitespaceAndSpacesBeforeMarksOnEveryLineScaleLinearly(string path) =>
        CheckLinear(size => "Statement (2022-4-29)\n\n" + Repeat("The Report says so , and “it is” .  \n", size), 50_000, path);

    [Fact]
    public void AHundredThousandUnmatchedQuotationMarksAreReportedAsUnbalanced()
    {
        // Plain text only: the Markdown reader hands paragraphs to the same inline parser, and the scaling test below covers it.
        const string path = "x.txt";
        var text = "Statement (2022-4-29)\n\n" + new string('“', 100_000) + "\n";

        var (_, diagnostics) = CheckWithin(text, path, TimeSpan.FromSeconds(60));

        Assert.Contains(diagnostics, d => d.Id == RuleIds.UnbalancedQuote);
    }

    [Theory]
    [InlineData("x.txt")]
    [InlineData("x.md")]
    public void UnmatchedQuotationMarksBetweenWordsScaleLinearly(string path) =>
        CheckLinear(size => "Statement (2022-4-29)\n\n" + Repeat("“word ‘word \"word ", size) + "\n", 10_000, path);

    [Fact]
    public void UnmatchedQuotationMarksOpeningManyParagraphsScaleLinearly() =>
        CheckLinear(size => "Statement (2022-4-29)\n\n" + Repeat("“It goes on\n\n", size), 10_000, "x.txt");

    [Theory]
    [InlineData("> ")]
    [InlineData(">")]
    [InlineData("- ")]
    [InlineData("1. ")]
    [InlineData("> - ")]
    public void TenThousandNestedBlocksNeitherOverflowTheStackNorLoseText(string marker)
    {
        var text = "Statement (2022-4-29)\n\n" + string.Concat(Enumerable.Repeat(marker, 10_000)) + "The Report says so.\n";

        // A thread with a small stack: recursion proportional to the nesting would overflow it and kill the test run.
        RunWithSmallStack(() => CheckWithin(text, "deep.md", TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void LinesNestedEverDeeperUpToTenThousandNeitherOverflowNorLoseText()
    {
        var builder = new StringBuilder("Statement (2022-4-29)\n\n");
        for (var depth = 10; depth <= 10_000; depth += 10)
        {
            builder.Append('>', depth).Append(" line\n");
        }

        RunWithSmallStack(() => CheckWithin(builder.ToString(), "deep.md", TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void DeeplyNestedBlockQuotesScaleLinearly() =>
        CheckLinear(size => string.Concat(Enumerable.Repeat("> ", size)) + "text\n", 1_000, "deep.md");

    [Theory]
    [InlineData("x.txt")]
    [InlineData("x.md")]
    public void ABinaryFileIsReportedAsInvalidEncodingAndParsedLosslessly(string path)
    {
        // A quarter megabyte of noise shaped like a binary file: a PNG signature, NULs, control characters and stray high bytes.
        var random = new Random(20221129);
        var bytes = new byte[256 * 1024];
        random.NextBytes(bytes);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        png.CopyTo(bytes, 0);

        var watch = Stopwatch.StartNew();
        var tree = SyntaxTree.Parse(bytes, path);
        var diagnostics = s_engine.Analyze(tree);
        watch.Stop();

        Report("binary " + path, bytes.Length, watch.Elapsed);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Equal(new UTF8Encoding(false, false).GetString(bytes), tree.Root.ToFullString());
        Assert.Contains(diagnostics, d => d.Id == SyntaxDiagnosticIds.InvalidEncoding);
        Assert.DoesNotContain(diagnostics, d => d.Id == EngineDiagnostics.RuleFailureId);
    }

    [Fact]
    public void BinaryNoiseScalesLinearly()
    {
        var random = new Random(7);
        var noise = new byte[400_000];
        random.NextBytes(noise);
        CheckLinearBytes(size => noise[..size], 40_000, "noise.md");
    }

    [Theory]
    [InlineData("x.md")]
    [InlineData("x.txt")]
    public void InvalidUtf8InEveryLineIsReportedAndReplaced(string path)
    {
        // "Q: Is it", then 0xFF and a truncated three-byte sequence, "true?" and a line break.
        byte[] line = [.. "Q: Is it "u8, 0xFF, 0xE2, 0x80, .. " true?\n"u8];
        var bytes = Enumerable.Repeat(line, 5_000).SelectMany(b => b).ToArray();
        var tree = SyntaxTree.Parse(bytes, path);

        var diagnostics = s_engine.Analyze(tree);

        Assert.Equal(new UTF8Encoding(false, false).GetString(bytes), tree.Root.ToFullString());
        Assert.True(diagnostics.Count(d => d.Id == SyntaxDiagnosticIds.InvalidEncoding) >= 5_000);
    }

    [Fact]
    public void FrontMatterThatNeverClosesIsASyntaxErrorAndLosesNothing()
    {
        var builder = new StringBuilder("---\ntitle: Statement\ndate: 2022-04-29\n");
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"key{i}: value {i}\n");
        }

        var (_, diagnostics) = CheckWithin(builder.ToString(), "open.md", TimeSpan.FromSeconds(60));

        Assert.Contains(diagnostics, d => d.Id == SyntaxDiagnosticIds.SyntaxError);
    }

    [Fact]
    public void FrontMatterThatNeverClosesScalesLinearly() =>
        CheckLinear(size => "---\ntitle: Statement\n" + Repeat("key: value\nThe Report says “so”.\n\n", size), 10_000, "open.md");

    [Fact]
    public void AMillionSentencesOpenedByHoweverAreParsedAndAnalysed()
    {
        // A claim, then the rebuttals, ten sentences to a paragraph, so that sentence splitting and the paragraph-level rules
        // see all of them. Nobody is named as speaker, so the rebuttal of the claim is unattributed (SL1002); the "However"
        // sentences after it answer nothing more and are ordinary prose.
        var count = s_hugeInputs ? 1_000_000 : 40_000;
        const string sentence = "However, the US has done it.";
        var builder = new StringBuilder("Notes on the Declaration (2022-4-29)\n\nThe Declaration says that the Internet should be open. ", 32 * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(sentence).Append(i % 10 == 9 ? "\n\n" : " ");
        }

        var (tree, diagnostics) = CheckWithin(builder.ToString(), "however.txt", s_hugeBound);

        Assert.Equal(count, tree.Root.DescendantNodes().Count(n => n.Kind == SyntaxKind.Rebuttal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.UnattributedRebuttal);
    }

    [Theory]
    [InlineData("x.txt")]
    [InlineData("x.md")]
    public void SentencesOpenedByHoweverScaleLinearly(string path) =>
        CheckLinear(size => "Statement (2022-4-29)\n\n" + Repeat("However, the US has done it. However, it did.\n\n", size), 20_000, path);

    [Theory]
    [InlineData("Q:\n\n", "x.txt")]
    [InlineData("MS. PSAKI:\nQ:\n", "x.txt")]
    [InlineData("Q:\n\n", "x.md")]
    [InlineData("**Q:**\n\n", "x.md")]
    public void ADocumentOfOnlySpeakerLabelsReportsEmptyTurns(string labels, string path)
    {
        var text = Repeat(labels, labels.Length * 10_000);

        var (tree, diagnostics) = CheckWithin(text, path, TimeSpan.FromSeconds(60));

        Assert.True(tree.Root.DescendantNodes().Count(n => n.Kind == SyntaxKind.SpeakerLabel) >= 10_000);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.EmptyTurn);
    }

    [Fact]
    public void ADocumentOfOnlyNamedSpeakerLabelsLosesNothingAndHasNoDate()
    {
        // Without a question label nobody asks, so by SL4003's definition these are not turns that lost their words
        // (a contact block's "Telephone:" looks the same); what is wrong with the document is that it has no date.
        var text = Repeat("Zhao Lijian:\n\nXinhua News Agency:\n\n", 200_000);

        var (_, diagnostics) = CheckWithin(text, "labels.txt", TimeSpan.FromSeconds(60));

        Assert.Contains(diagnostics, d => d.Id == RuleIds.MissingDate);
    }

    [Theory]
    [InlineData("x.txt")]
    [InlineData("x.md")]
    public void SpeakerLabelsScaleLinearly(string path) =>
        CheckLinear(size => Repeat("Q:\n\nZhao Lijian:\n\n", size), 10_000, path);

    private (SyntaxTree Tree, IReadOnlyList<Diagnostic> Diagnostics) CheckWithin(string text, string path, TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        var tree = SyntaxTree.Parse(text, path);
        var diagnostics = s_engine.Analyze(tree);
        watch.Stop();

        Report(path, text.Length, watch.Elapsed);
        Assert.True(watch.Elapsed < bound, $"{path} of {text.Length:N0} characters took {watch.Elapsed}, more than {bound}");
        Assert.True(string.Equals(text, tree.Root.ToFullString(), StringComparison.Ordinal), "the tree lost or changed text");
        Assert.All(diagnostics, d => Assert.True(d.Location.Span.End <= text.Length, $"{d.Id} at {d.Location.Span} lies outside the text"));
        var failures = diagnostics.Where(d => d.Id == EngineDiagnostics.RuleFailureId).Select(d => d.Message).ToList();
        Assert.True(failures.Count == 0, "rules failed: " + string.Join("; ", failures));
        return (tree, diagnostics);
    }

    private void CheckLinear(Func<int, string> make, int size, string path)
    {
        // Warm up (JIT, static tables) on a small input, so that the first measurement is not mostly start-up.
        CheckWithin(make(Math.Max(1, size / 10)), path, TimeSpan.FromSeconds(60));
        var small = Time(() => CheckWithin(make(size), path, TimeSpan.FromSeconds(60)));
        var large = Time(() => CheckWithin(make(size * 10), path, TimeSpan.FromSeconds(120)));
        AssertGrowth(small, large);
    }

    private void CheckLinearBytes(Func<int, byte[]> make, int size, string path)
    {
        void Run(byte[] bytes)
        {
            var tree = SyntaxTree.Parse(bytes, path);
            var diagnostics = s_engine.Analyze(tree);
            Assert.Equal(tree.Text.ToString(), tree.Root.ToFullString());
            Assert.DoesNotContain(diagnostics, d => d.Id == EngineDiagnostics.RuleFailureId);
        }

        Run(make(Math.Max(1, size / 10)));
        var small = Time(() => Run(make(size)));
        var large = Time(() => Run(make(size * 10)));
        Report(path + " x1", size, small);
        Report(path + " x10", size * 10, large);
        AssertGrowth(small, large);
    }

    private static void AssertGrowth(TimeSpan small, TimeSpan large)
    {
        // Below a few tens of milliseconds, timer and scheduling noise dominate; count such a time as that floor.
        var floor = TimeSpan.FromMilliseconds(40);
        var ratio = large / (small > floor ? small : floor);
        Assert.True(ratio < MaxGrowthForTenfoldInput, $"ten times the input took {ratio:F1} times as long ({small} → {large}): the work grows faster than linearly");
    }

    /// <summary>
    /// The processor time the calling thread spends in <paramref name="action"/>: unlike wall-clock time it does not grow when
    /// other tests or other processes share the machine, which would make a growth ratio meaningless.
    /// </summary>
    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        var before = ThreadCpuTime();
        action();
        var after = ThreadCpuTime();
        return before is { } start && after is { } end ? end - start : watch.Elapsed;
    }

    /// <summary>User plus system time of the current thread from /proc (Linux), in clock ticks of 10 ms; null elsewhere.</summary>
    private static TimeSpan? ThreadCpuTime()
    {
        const string path = "/proc/thread-self/stat";
        if (!OperatingSystem.IsLinux() || !File.Exists(path))
        {
            return null;
        }

        // The command name in parentheses may hold spaces; the fields after it are space-separated, utime and stime 12th and 13th.
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private static void RunWithSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
#pragma warning disable CA1031 // The failure is handed back to the test thread, whatever it is.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new Xunit.Sdk.XunitException("failed on a 256 KB stack: " + failure);
        }
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, Math.Min(length, builder.Length));
    }

    private void Report(string what, int size, TimeSpan elapsed) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {size:N0} characters in {elapsed.TotalMilliseconds:F0} ms"));
}
