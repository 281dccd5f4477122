using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Cli.Formatters;
using Linter.Cli.Baseline;
using Linter.Cli.Discovery;
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

    /// <summary>Creates the command; <paramref name="openStdin"/> opens standard input for the path <c>-</c> (tests pass their own bytes).</summary>
    public CheckCommand(TextWriter stdout, TextWriter stderr, string currentDirectory, Func<Stream>? openStdin = null)
    {
        _stdout = stdout;
        _stderr = stderr;
        _currentDirectory = currentDirectory;
        _openStdin = openStdin ?? Console.OpenStandardInput;
    }

    /// <summary>Checks <paramref name="paths"/>, with <paramref name="configPath"/> (<c>--config</c>) instead of discovered configuration when given.</summary>
    public int Run(IReadOnlyList<string> paths, string? configPath = null) =>
        Run(new CheckOptions { Paths = paths, ConfigPath = configPath });

    /// <summary>Runs a check: find the documents and their configuration, lint them, report.</summary>
    public int Run(CheckOptions options)
    {
        ValidateUsage(options);
        var changes = options.ChangedSince is { } reference ? GitChanges.Open(_currentDirectory, reference) : null;
        if (!TryResolveFiles(options, changes, out var files))
        {
            return ExitCodes.Failure;
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        FileResult[] results;
        using (ProgressLine.Start(_stderr, files.Count, options.Environment))
        {
            results = LintAll(files, options.Jobs ?? Environment.ProcessorCount);
        }

        results = Suppress(options, changes, files, results);
        return Report(files, results, options, stopwatch.Elapsed);
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

        if (options.StdinFileName is not null && !readsStdin)
        {
            throw new UsageException("--stdin-filename only applies when the path is '-' (standard input)");
        }
    }

    /// <summary>
    /// The documents to check with their effective configuration, in output order; false (after
    /// printing the configuration errors) when a configuration is wrong, in which case nothing is checked.
    /// </summary>
    private bool TryResolveFiles(CheckOptions options, GitChanges? changes, out List<CheckedFile> files)
    {
        files = [];
        var paths = options.Paths;
        byte[]? stdinContent = null;
        IEnumerable<DiscoveredFile> discovered;
        if (paths is ["-"])
        {
            // The name stands for the document in every way that matters: format, configuration and the printed path.
            using var stdin = _openStdin();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            stdinContent = buffer.ToArray();
            discovered = [new DiscoveredFile(PathResolver.ToFullPath(options.StdinFileName ?? "stdin", _currentDirectory), IsNamed: true)];
        }
        else
        {
            discovered = SelectShare(options.Shard, FileDiscovery.Find(paths.Count == 0 ? ["."] : paths, _currentDirectory)
                .Where(f => changes is null || changes.Contains(f.FullPath)));
        }

        var resolver = new ConfigurationResolver(RuleCatalog.FromRules(BuiltInRules.All), ExplicitConfig(options.ConfigPath));

        // Every document's configuration is resolved (each file read once) before anything is linted, so a configuration mistake stops the run cleanly.
        var configured = discovered
            .Select(file => (File: file, Configuration: resolver.Resolve(file.FullPath), Display: PathResolver.ToDisplayPath(file.FullPath, _currentDirectory)))
            .OrderBy(f => f.Display, StringComparer.Ordinal)
            .ToArray();
        var errors = resolver.Errors;
        if (!errors.IsEmpty)
        {
            foreach (var error in errors)
            {
                ConfigErrorFormatter.Write(_stderr, error, _currentDirectory);
            }

            _stderr.WriteLine($"stmtlint: {Plural(errors.Length, "configuration error")}; nothing was checked");
            return false;
        }

        foreach (var (file, configuration, display) in configured)
        {
            if (file.IsNamed && configuration.IsExcluded(file.FullPath))
            {
                // As ESLint does: a file asked for by name but excluded by configuration is skipped visibly.
                _stderr.WriteLine($"stmtlint: warning: '{display}' is ignored because of a matching exclude pattern in the configuration");
            }
            else if (file.IsNamed || configuration.IsIncluded(file.FullPath))
            {
                files.Add(new CheckedFile(file.FullPath, display, configuration, stdinContent));
            }
        }

        return true;
    }

    /// <summary><c>--shard K/N</c>: keeps the files whose path, relative to the repository root (or the current directory), falls in share K.</summary>
    private IEnumerable<DiscoveredFile> SelectShare(string? shard, IEnumerable<DiscoveredFile> files)
    {
        if (shard is null)
        {
            return files;
        }

        var selector = ShardSelector.Parse(shard);
        var root = Git.FindWorkTreeRoot(_currentDirectory) ?? _currentDirectory;
        return files.Where(f => selector.Contains(Path.GetRelativePath(root, f.FullPath)));
    }

    /// <summary>Lints files in parallel (at most <paramref name="jobs"/> at once); each result lands in its file's slot, so order never depends on scheduling.</summary>
    private static FileResult[] LintAll(List<CheckedFile> files, int jobs)
    {
        var engine = new AnalysisEngine(BuiltInRules.All);
        var results = new FileResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i => results[i] = Lint(engine, files[i]));
        return results;
    }

    /// <summary>Between linting and reporting: records or applies a baseline, and keeps only changed lines when asked.</summary>
    private FileResult[] Suppress(CheckOptions options, GitChanges? changes, List<CheckedFile> files, FileResult[] results)
    {
        if (options.WriteBaselinePath is { } writePath)
        {
            var full = PathResolver.ToFullPath(writePath, _currentDirectory);
            var count = BaselineStep.Write(full, files.Select(f => (f.FullPath, f.Content)).ToArray(), results.Select(r => r.Diagnostics).ToArray());
            _stderr.WriteLine($"stmtlint: wrote {Plural(count, "diagnostic")} to the baseline '{writePath}'");
            return [.. results.Select(r => r with { Diagnostics = [] })];
        }

        if (options.BaselinePath is { } readPath)
        {
            var full = PathResolver.ToFullPath(readPath, _currentDirectory);
            var kept = BaselineStep.Filter(full, files.Select(f => (f.FullPath, f.Content)).ToArray(), results.Select(r => r.Diagnostics).ToArray());
            results = [.. results.Select((r, i) => r with { Diagnostics = kept[i] })];
        }

        if (options.ChangedLinesOnly && changes is not null)
        {
            results = [.. results.Select((r, i) => r with { Diagnostics = OnChangedLines(changes.LinesOf(files[i].FullPath), r.Diagnostics) })];
        }

        return results;
    }

    private static ImmutableArray<Diagnostic> OnChangedLines(ChangedLines lines, ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d =>
        {
            var span = d.Location.LineSpan;

            // A span that ends at the very start of a line does not touch that line.
            var lastLine = span.End.Line > span.Start.Line && span.End.Character == 0 ? span.End.Line - 1 : span.End.Line;
            return lines.Touches(span.Start.Line + 1, lastLine + 1);
        }).ToImmutableArray();

    /// <summary>
    /// Writes every requested output and the summary, and decides the exit code. <c>files</c> and
    /// <c>results</c> match index for index; a file's text is read again only if a format shows source lines.
    /// </summary>
    private int Report(List<CheckedFile> files, FileResult[] results, CheckOptions options, TimeSpan elapsed)
    {
        var unreadable = 0;
        var reports = ImmutableArray.CreateBuilder<FileReport>(results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            var (result, file) = (results[i], files[i]);
            if (result.ReadError is { } readError)
            {
                unreadable++;
                _stderr.WriteLine($"stmtlint: error: cannot read '{result.DisplayPath}': {readError}");
                continue;
            }

            reports.Add(new FileReport(
                result.DisplayPath,
                result.Diagnostics.RemoveAll(d => d.Severity == Severity.Hidden),
                new Lazy<Microsoft.CodeAnalysis.Text.SourceText?>(() => ReadText(file))));
        }

        var run = new LintRun(reports.ToImmutable(), elapsed);
        var outputs = options.Outputs.Count > 0 ? options.Outputs : [new OutputRequest(OutputFormats.Default(options.Environment), null)];
        foreach (var output in outputs)
        {
            if (output.Path is null)
            {
                var colour = options.Environment.StdoutIsTerminal && !options.Environment.NoColor && !options.NoColor;
                OutputFormats.Create(output.Format, colour, _currentDirectory).Write(run, _stdout);
            }
            else
            {
                var formatter = OutputFormats.Create(output.Format, colour: false, _currentDirectory);
                AtomicFile.Write(PathResolver.ToFullPath(output.Path, _currentDirectory), writer => formatter.Write(run, writer));
            }
        }

        // Pretty output ends with its own summary; every other format leaves stdout to the tool reading it.
        if (!outputs.Any(o => o.Path is null && o.Format == OutputFormats.Pretty))
        {
            _stderr.WriteLine(Summary(results.Length, run));
        }

        if (unreadable > 0)
        {
            return ExitCodes.Failure;
        }

        if (run.Errors > 0)
        {
            return ExitCodes.LintErrors;
        }

        if (run.Warnings > options.MaxWarnings)
        {
            _stderr.WriteLine($"stmtlint: too many warnings ({run.Warnings}); the maximum is {options.MaxWarnings}");
            return ExitCodes.LintErrors;
        }

        return ExitCodes.Success;
    }

    /// <summary>The text as the parser saw it (same decoding), for source lines; null if the file went away since.</summary>
    private static Microsoft.CodeAnalysis.Text.SourceText? ReadText(CheckedFile file)
    {
        try
        {
            return DocumentDecoder.Decode(file.Content ?? File.ReadAllBytes(file.FullPath)).Text;
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

    private static FileResult Lint(AnalysisEngine engine, CheckedFile file)
    {
        var (fullPath, displayPath, configuration, content) = file;
        byte[] bytes;
        try
        {
            bytes = content ?? File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileResult(displayPath, [], e.Message);
        }

        var tree = SyntaxTree.Parse(bytes, displayPath, configuration.Parse);
        return new FileResult(displayPath, engine.Analyze(tree, configuration.Analysis), null);
    }

    private static string Summary(int fileCount, LintRun run) =>
        $"stmtlint: {Plural(fileCount, "file")} checked: {Plural(run.Errors, "error")}, {Plural(run.Warnings, "warning")}, {run.Infos} info";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private sealed record FileResult(string DisplayPath, ImmutableArray<Diagnostic> Diagnostics, string? ReadError);

    /// <summary>A document to lint; <c>Content</c> holds the bytes read from standard input for <c>-</c>, null for a file read from disk.</summary>
    private sealed record CheckedFile(string FullPath, string DisplayPath, EffectiveConfiguration Configuration, byte[]? Content = null);
}
