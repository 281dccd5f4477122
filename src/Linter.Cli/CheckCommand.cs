using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Analysis.IO;
using Linter.Cli.Formatters;
using Linter.Cli.Baseline;
using Linter.Cli.Caching;
using Linter.Cli.Discovery;
using Linter.Cli.Fixing;
using Linter.Cli.Linting;
using Linter.Cli.Watching;
using Linter.CustomRules;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Cli;

/// <summary><c>stmtlint check PATHS…</c>: lints documents in parallel and prints diagnostics in a stable order.</summary>
internal sealed class CheckCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _currentDirectory;
    private readonly Func<Stream> _openStdin;
    private readonly AtomicFileWriter _writer;
    private int _parsed;
    private IReadOnlyList<DiagnosticDescriptor> _descriptors = [];

    /// <summary>Creates the command; <paramref name="openStdin"/> opens standard input for the path <c>-</c> (tests pass their own bytes).</summary>
    /// <param name="stdout">Where diagnostics and diffs go.</param>
    /// <param name="stderr">Where summaries, warnings and errors go.</param>
    /// <param name="currentDirectory">What relative paths are resolved against.</param>
    /// <param name="openStdin">Opens standard input.</param>
    /// <param name="writer">Writes fixed files; tests pass one that fails on purpose.</param>
    public CheckCommand(TextWriter stdout, TextWriter stderr, string currentDirectory, Func<Stream>? openStdin = null, AtomicFileWriter? writer = null)
    {
        _stdout = stdout;
        _stderr = stderr;
        _currentDirectory = currentDirectory;
        _openStdin = openStdin ?? Console.OpenStandardInput;
        _writer = writer ?? new AtomicFileWriter();
    }

    /// <summary>Checks <paramref name="paths"/>, with <paramref name="configPath"/> (<c>--config</c>) instead of discovered configuration when given.</summary>
    public int Run(IReadOnlyList<string> paths, string? configPath = null) =>
        Run(new CheckOptions { Paths = paths, ConfigPath = configPath });

    /// <summary>How many documents the last run parsed; the others came from the cache.</summary>
    public int ParsedCount => _parsed;

    /// <summary>Runs a check, or with <c>--watch</c> checks until interrupted.</summary>
    public int Run(CheckOptions options) => options.Watch ? Watch(options) : RunOnce(options);

    /// <summary>
    /// <c>--watch</c>: checks, then checks again whenever a document or configuration file under the
    /// paths changes, until Ctrl+C; returns the last check's exit code.
    /// </summary>
    private int Watch(CheckOptions options)
    {
        using var cancellation = new CancellationTokenSource();

        // Ctrl+C ends the watch, not the process, so the last exit code is returned and the watchers are disposed.
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            var roots = (options.Paths.Count == 0 ? ["."] : options.Paths).Select(p => PathResolver.ToFullPath(p, _currentDirectory));
            using var changes = new FileSystemChangeSource(roots, CacheDirectory(options));
            var redraw = !Console.IsOutputRedirected && ReferenceEquals(_stdout, Console.Out);
            int CheckAndRedraw()
            {
                if (redraw)
                {
                    // On a terminal each round replaces the last one's diagnostics rather than scrolling below them.
                    _stdout.Write("\u001b[2J\u001b[H");
                }

                return RunOnce(options);
            }

            return WatchLoop.RunAsync(CheckAndRedraw, changes, _stderr, cancellation.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <summary>
    /// One check: list the documents and resolve their configuration (a first listing, to stop on
    /// configuration mistakes before any output), then list them again and lint them in parallel
    /// while each result, in path order, is suppressed (baseline, changed lines), written to every
    /// output and dropped. Documents are listed lazily, in output order; only counts and the few
    /// messages kept for the end (see <see cref="RunTally"/>) last longer than a file, so memory does
    /// not grow with the number of files or diagnostics.
    /// </summary>
    internal int RunOnce(CheckOptions options)
    {
        ValidateUsage(options);
        foreach (var output in options.Outputs)
        {
            // Known before anything is linted, so it is a usage error rather than an output that fails at the end.
            if (output.Path is not { } path)
            {
                continue;
            }

            var full = PathResolver.ToFullPath(path, _currentDirectory);
            if (Directory.Exists(full))
            {
                throw new UsageException($"--output '{TerminalText.Escape(path)}' is a directory; give the name of a file to write the {output.Format} report to");
            }

            // Missing folders are created; one that is a file cannot be.
            for (var parent = Path.GetDirectoryName(full); parent is not null && !Directory.Exists(parent); parent = Path.GetDirectoryName(parent))
            {
                if (File.Exists(parent))
                {
                    throw new UsageException($"--output '{TerminalText.Escape(path)}' cannot be written: '{TerminalText.Escape(PathResolver.ToDisplayPath(parent, _currentDirectory))}' is a file, not a folder");
                }
            }
        }

        var changes = options.ChangedSince is { } reference ? GitChanges.Open(_currentDirectory, reference) : null;
        if (!TryResolveFiles(options, changes, out var plan))
        {
            return ExitCodes.Failure;
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        // The baseline is read before anything is written, so a missing or corrupt one stops the run with no output.
        var baselinePath = options.BaselinePath is { } readPath ? PathResolver.ToFullPath(readPath, _currentDirectory) : null;
        var baseline = baselinePath is null ? null : BaselineFile.Read(baselinePath);
        var recordPath = options.WriteBaselinePath is { } writePath ? PathResolver.ToFullPath(writePath, _currentDirectory) : null;
        var recording = recordPath is null ? null : new BaselineFile();

        // Fixing needs trees, not diagnostics, so --fix neither reads nor writes the cache.
        var cache = options.NoCache || options.Fix ? null : ResultCache.Open(CacheDirectory(options), _descriptors, UserCache.Directory(options.Environment), _stderr);
        var step = new CheckStep(options, cache, new CacheKey(_currentDirectory), _writer);

        var requests = options.Outputs.Count > 0 ? options.Outputs : [new OutputRequest(OutputFormats.Default(options.Environment), null)];
        var colour = options.Environment.StdoutIsTerminal && !options.Environment.NoColor && !options.NoColor;
        var toStdout = requests.Any(r => r.Path is null);

        // Results appear on a terminal as they come, which says more than the progress line; the line would only get in their way.
        var progressEnvironment = toStdout && options.Environment.StdoutIsTerminal ? options.Environment with { StderrIsTerminal = false } : options.Environment;
        var tally = new RunTally();
        var totals = new RunTotals();
        var checkedCount = 0;
        using (var outputs = RunOutputs.Open(requests, _stdout, colour, holdStdout: options.Fix && options.DryRun, _currentDirectory, options.OutputSettings))
        {
            using (var progress = ProgressLine.Start(_stderr, plan.Count, progressEnvironment))
            {
                OrderedWork.Run(
                    plan.Files(),

                    // No more threads than files: none for one file (an editor's or a hook's usual run).
                    Math.Max(1, Math.Min(plan.Count, options.Jobs ?? Environment.ProcessorCount)),
                    step.Run,
                    (file, result) =>
                    {
                        checkedCount++;
                        var diagnostics = CountFixes(options, result, tally);
                        if (result.ReadError is { } readError)
                        {
                            tally.ReadErrors.Add($"stmtlint: error: cannot read '{TerminalText.Escape(result.DisplayPath)}': {TerminalText.Escape(readError)}");
                            progress.FileDone(errors: 1);
                            return;
                        }

                        if (recording is not null)
                        {
                            tally.Recorded += BaselineStep.Record(recording, recordPath!, file.FullPath, file.Content, diagnostics);
                            diagnostics = [];
                        }
                        else if (baseline is not null)
                        {
                            diagnostics = BaselineStep.Filter(baseline, baselinePath!, file.FullPath, file.Content, diagnostics);
                        }

                        if (options.ChangedLinesOnly && changes is not null)
                        {
                            diagnostics = OnChangedLines(changes.LinesOf(file.FullPath), diagnostics);
                        }

                        tally.WarningsBelowMinimum += options.MinSeverity < Severity.Warning ? diagnostics.Count(d => d.Severity == Severity.Warning) : 0;
                        var report = new FileReport(
                            result.DisplayPath,
                            diagnostics.RemoveAll(d => d.Severity > options.MinSeverity),
                            new Lazy<Microsoft.CodeAnalysis.Text.SourceText?>(() => ReadText(file)),
                            text => DocumentClaims.Read(text, result.DisplayPath, file.Plan.Configuration));
                        totals.Add(report);
                        outputs.Write(report);
                        progress.FileDone(report.Diagnostics.Count(d => d.Severity == Severity.Error));
                    });
            }

            outputs.End(totals, stopwatch.Elapsed);
            // An output that could not be written is reported with the files that could not be read: both make the run exit 2.
            tally.ReadErrors.AddRange(outputs.Failures);
        }

        // Standard output may be buffered (see Program): what the summary below follows must be out first, and a watch round must show.
        _stdout.Flush();
        _parsed = step.ParsedCount;

        if (options.Verbose)
        {
            _stderr.WriteLine($"stmtlint: parsed {_parsed} of {Plural(checkedCount, "file")}");
        }

        var fixExit = options.Fix ? ReportFixes(options, tally) : ExitCodes.Success;
        if (recording is not null)
        {
            recording.Write(recordPath!);
            _stderr.WriteLine($"stmtlint: wrote {Plural(tally.Recorded, "diagnostic")} to the baseline '{options.WriteBaselinePath}'");
        }

        var exit = Report(checkedCount, tally, totals, requests, options);
        if (options.ExitZero && exit == ExitCodes.LintErrors)
        {
            exit = ExitCodes.Success;
        }

        // A file that could not be written is a failure (2) even when the remaining diagnostics are only warnings.
        return Math.Max(exit, fixExit);
    }

    /// <summary>Option combinations that cannot work are refused before any file is read.</summary>
    private static void ValidateUsage(CheckOptions options)
    {
        if (options.ChangedLinesOnly && options.ChangedSince is null)
        {
            throw new UsageException("--changed-lines-only requires --changed-since REF");
        }

        if (options.BaselinePath is not null && options.WriteBaselinePath is not null)
        {
            throw new UsageException("--baseline and --write-baseline cannot be used together");
        }

        if (options.Jobs is < 1)
        {
            throw new UsageException($"--jobs expects a number of at least 1, not {options.Jobs}");
        }

        if (options.MaxWarnings is < 0)
        {
            throw new UsageException($"--max-warnings expects a number of at least 0, not {options.MaxWarnings}");
        }

        if (options.Shard is { } shard)
        {
            // Parsed here only to refuse a bad K/N before git or the file system is touched.
            _ = ShardSelector.Parse(shard);
        }

        var readsStdin = options.Paths.Contains("-");
        if (readsStdin && options.Paths.Count > 1)
        {
            throw new UsageException("'-' (standard input) cannot be combined with other paths");
        }

        if (options.Fix && readsStdin)
        {
            throw new UsageException("--fix cannot write back to standard input");
        }

        if (options.StdinFileName is not null && !readsStdin)
        {
            throw new UsageException("--stdin-filename only applies when the path is '-' (standard input)");
        }
    }

    /// <summary>
    /// Plans the documents to check: lists them once (lazily) to resolve every configuration, load
    /// the custom rules it names and count the documents kept, printing the warnings about files
    /// named but excluded; false (after printing the configuration errors) when a configuration is
    /// wrong, in which case nothing is checked. The plan lists them again, in output order, with
    /// their configuration.
    /// </summary>
    private bool TryResolveFiles(CheckOptions options, GitChanges? changes, out CheckPlan plan)
    {
        plan = null!;
        var paths = options.Paths;
        byte[]? stdinContent = null;
        Func<IEnumerable<DiscoveredFile>> discover;
        IReadOnlyList<string> discoveryWarnings = [];
        if (paths is ["-"])
        {
            // The name stands for the document in every way that matters: format, configuration and the printed path.
            using var stdin = _openStdin();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            stdinContent = buffer.ToArray();
            DiscoveredFile[] named = [DiscoveredFile.FromFullPath(PathResolver.ToFullPath(options.StdinFileName ?? "stdin", _currentDirectory), isNamed: true)];
            discover = () => named;
        }
        else
        {
            var discovery = FileDiscovery.Open(paths.Count == 0 ? ["."] : paths, _currentDirectory);
            discoveryWarnings = discovery.Warnings;
            var share = ShareSelector(options.Shard);
            discover = () => discovery.Files().Where(f => (changes is null || changes.Contains(f.FullPath)) && share(f));
        }

        var loadOptions = new CustomRuleLoadOptions
        {
            AllowCodeRules = !options.NoCodeRules && !options.Environment.NoCodeRules,
            CompiledRuleCache = options.NoCache ? null : UserCache.CompiledRules(options.Environment),
        };

        // Every document is planned (each configuration and rule file read once) before anything is linted, so a configuration mistake stops the run cleanly.
        var workspace = new LintWorkspace(_currentDirectory, ExplicitConfig(options.ConfigPath), loadOptions, options.Selection);
        var count = 0;
        var warnings = new List<string>();
        foreach (var file in discover())
        {
            var configuration = workspace.PlanFor(file.FullPath).Configuration;
            if (file.IsNamed && configuration.IsExcluded(file.FullPath))
            {
                // As ESLint does: a file asked for by name but excluded by configuration is skipped visibly.
                warnings.Add($"stmtlint: warning: '{TerminalText.Escape(PathResolver.ToDisplayPath(file.FullPath, _currentDirectory))}' is ignored because of a matching exclude pattern in the configuration");
            }
            else if (file.IsNamed || (configuration.IsIncluded(file.FullPath) && !DefaultExclusions.Excludes(file.FullPath, configuration)))
            {
                count++;
            }
        }

        // Files the listing skipped (not regular, or links out of the repository) are known once it has run.
        foreach (var warning in discoveryWarnings)
        {
            _stderr.WriteLine(warning);
        }

        if (!ConfigErrorFormatter.WriteProblems(_stderr, workspace.Problems, _currentDirectory))
        {
            return false;
        }

        foreach (var warning in warnings)
        {
            _stderr.WriteLine(warning);
        }

        _descriptors = workspace.Descriptors;
        options.Selection.Validate(workspace.Catalog);
        plan = new CheckPlan(count, () => Kept(discover(), workspace, stdinContent));
        return true;
    }

    /// <summary>
    /// The documents of <paramref name="discovered"/> to lint, with their plans (kept by the
    /// workspace since the first listing); files named but excluded were warned about then.
    /// </summary>
    private IEnumerable<CheckedFile> Kept(IEnumerable<DiscoveredFile> discovered, LintWorkspace workspace, byte[]? stdinContent)
    {
        // Neighbours share a folder, and with it the printed prefix of their paths.
        CheckedFolder? folder = null;
        foreach (var file in discovered)
        {
            var fullPath = file.FullPath;
            var plan = workspace.PlanFor(fullPath);
            var configuration = plan.Configuration;
            if (file.IsNamed ? configuration.IsExcluded(fullPath) : !configuration.IsIncluded(fullPath) || DefaultExclusions.Excludes(fullPath, configuration))
            {
                continue;
            }

            if (folder is null || !string.Equals(folder.FullPath, file.Directory, StringComparison.Ordinal))
            {
                folder = CheckedFolder.For(file.Directory, _currentDirectory);
            }

            yield return new CheckedFile(folder, file.Name, plan, stdinContent);
        }
    }

    /// <summary>The documents a check lints: how many, and a lazy listing of them in output order.</summary>
    private sealed record CheckPlan(int Count, Func<IEnumerable<CheckedFile>> Files);

    /// <summary><c>--shard K/N</c>: whether a file's path, relative to the repository root (or the current directory), falls in share K.</summary>
    private Func<DiscoveredFile, bool> ShareSelector(string? shard)
    {
        if (shard is null)
        {
            return _ => true;
        }

        var selector = ShardSelector.Parse(shard);
        var root = Git.FindWorkTreeRoot(_currentDirectory) ?? _currentDirectory;
        return f => selector.Contains(Path.GetRelativePath(root, f.FullPath));
    }

    private string CacheDirectory(CheckOptions options) =>
        PathResolver.ToFullPath(options.CacheLocation ?? ".stmtlint-cache", _currentDirectory);

    /// <summary>
    /// <c>--fix</c>: counts what a file's fixing did and writes its dry-run diff (stdout, ahead of the
    /// held formatter output, as it always came first); returns the diagnostics to report.
    /// </summary>
    private ImmutableArray<Diagnostic> CountFixes(CheckOptions options, FileResult result, RunTally tally)
    {
        if (!options.Fix)
        {
            return result.Diagnostics;
        }

        if (result.Diff is { } diff)
        {
            _stdout.Write(diff);
        }

        if (result.WriteError is { } writeError)
        {
            tally.FailedWrites++;
            tally.FixMessages.Add($"stmtlint: error: cannot write '{TerminalText.Escape(result.DisplayPath)}': {TerminalText.Escape(writeError)}; it was left unchanged");
        }
        else if (result.FixesApplied > 0)
        {
            tally.FixesApplied += result.FixesApplied;
            tally.FixedFiles++;
        }

        if (result.FixNote is { } note)
        {
            tally.FixMessages.Add($"stmtlint: warning: '{TerminalText.Escape(result.DisplayPath)}': {TerminalText.Escape(note)}");
        }

        if (!options.UnsafeFixes)
        {
            tally.HiddenUnsafeFixes += result.Diagnostics.Count(d => d.Fix is { Applicability: Applicability.Unsafe } && d.Severity != Severity.Hidden);
        }

        return result.Diagnostics;
    }

    /// <summary>Prints write failures, notes and the fix summary; returns 2 when a fixed file could not be written.</summary>
    private int ReportFixes(CheckOptions options, RunTally tally)
    {
        foreach (var message in tally.FixMessages)
        {
            _stderr.WriteLine(message);
        }

        var verb = options.DryRun ? "would fix" : "fixed";
        _stderr.WriteLine($"stmtlint: {verb} {Plural(tally.FixesApplied, "problem")} in {Plural(tally.FixedFiles, "file")}");
        if (tally.HiddenUnsafeFixes > 0)
        {
            _stderr.WriteLine($"stmtlint: {tally.HiddenUnsafeFixes} more fixable with --unsafe-fixes");
        }

        return tally.FailedWrites > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static ImmutableArray<Diagnostic> OnChangedLines(ChangedLines lines, ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d =>
        {
            var span = d.Location.LineSpan;

            // A span that ends at the very start of a line does not touch that line.
            var lastLine = span.End.Line > span.Start.Line && span.End.Character == 0 ? span.End.Line - 1 : span.End.Line;
            return lines.Touches(span.Start.Line + 1, lastLine + 1);
        }).ToImmutableArray();

    /// <summary>Prints the unreadable files and the summary once every output is written, and decides the exit code.</summary>
    private int Report(int fileCount, RunTally tally, RunTotals totals, IReadOnlyList<OutputRequest> outputs, CheckOptions options)
    {
        foreach (var message in tally.ReadErrors)
        {
            _stderr.WriteLine(message);
        }

        // Pretty output ends with its own summary; every other format leaves stdout to the tool reading it.
        if (!outputs.Any(o => o.Path is null && o.Format == OutputFormats.Pretty))
        {
            // After --fix, the fix report already says what was and what more could be fixed.
            _stderr.WriteLine(Summary(fileCount, totals, options.Fix ? null : totals.FixableSummary()));
        }

        if (tally.ReadErrors.Count > 0)
        {
            return ExitCodes.Failure;
        }

        if (totals.Errors > 0)
        {
            return ExitCodes.LintErrors;
        }

        // Warnings --quiet leaves out still count, as ESLint counts them, so quiet output does not loosen the limit.
        var warnings = totals.Warnings + tally.WarningsBelowMinimum;
        if (warnings > options.MaxWarnings)
        {
            _stderr.WriteLine($"stmtlint: too many warnings ({warnings}); the maximum is {options.MaxWarnings}");
            return ExitCodes.LintErrors;
        }

        return ExitCodes.Success;
    }

    /// <summary>The text as the parser saw it (same decoding), for source lines; null if the file went away since.</summary>
    private static Microsoft.CodeAnalysis.Text.SourceText? ReadText(CheckedFile file)
    {
        try
        {
            return DocumentDecoder.Decode(file.Content ?? BoundedFile.ReadAllBytes(file.FullPath, long.MaxValue)).Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private string? ExplicitConfig(string? configPath)
    {
        if (configPath is null)
        {
            return null;
        }

        var full = PathResolver.ToFullPath(configPath, _currentDirectory);
        return File.Exists(full) ? full : throw new UsageException($"configuration file '{configPath}' does not exist");
    }

    private static string Summary(int fileCount, RunTotals run, string? fixable) =>
        $"stmtlint: {Plural(fileCount, "file")} checked: {Plural(run.Errors, "error")}, {Plural(run.Warnings, "warning")}, {run.Infos} info{(fixable is null ? string.Empty : "; " + fixable)}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>
    /// What a run keeps across files for the messages printed at its end: counts, and one line per
    /// file that could not be read, written or fixed cleanly (few, and printed after the outputs so
    /// that they neither break into a progress line nor change the order they have always come in).
    /// </summary>
    private sealed class RunTally
    {
        public List<string> ReadErrors { get; } = [];

        public List<string> FixMessages { get; } = [];

        public int FixesApplied { get; set; }

        public int FixedFiles { get; set; }

        public int FailedWrites { get; set; }

        public int HiddenUnsafeFixes { get; set; }

        /// <summary>Warnings not reported because of <c>--min-severity</c> or <c>--quiet</c>, which still count for <c>--max-warnings</c>.</summary>
        public int WarningsBelowMinimum { get; set; }

        /// <summary>Diagnostics recorded for <c>--write-baseline</c>.</summary>
        public int Recorded { get; set; }
    }
}
