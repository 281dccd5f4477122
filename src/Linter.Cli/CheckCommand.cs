using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Cli.Formatters;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Cli;

/// <summary><c>stmtlint check PATHS…</c>: lints documents in parallel and prints diagnostics in a stable order.</summary>
internal sealed class CheckCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _currentDirectory;

    public CheckCommand(TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        _stdout = stdout;
        _stderr = stderr;
        _currentDirectory = currentDirectory;
    }

    /// <summary>Checks <paramref name="paths"/>, with <paramref name="configPath"/> (<c>--config</c>) instead of discovered configuration when given.</summary>
    public int Run(IReadOnlyList<string> paths, string? configPath = null) =>
        Run(new CheckOptions { Paths = paths, ConfigPath = configPath });

    /// <summary>Runs a check: find the documents and their configuration, lint them, report.</summary>
    public int Run(CheckOptions options)
    {
        if (!TryResolveFiles(options, out var files))
        {
            return ExitCodes.Failure;
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        FileResult[] results;
        using (ProgressLine.Start(_stderr, files.Count, options.Environment))
        {
            results = LintAll(files);
        }

        return Report(results, options, stopwatch.Elapsed);
    }

    /// <summary>
    /// The documents to check with their effective configuration, in output order; false (after
    /// printing the configuration errors) when a configuration is wrong, in which case nothing is checked.
    /// </summary>
    private bool TryResolveFiles(CheckOptions options, out List<CheckedFile> files)
    {
        files = [];
        var paths = options.Paths;
        var discovered = FileDiscovery.Find(paths.Count == 0 ? ["."] : paths, _currentDirectory);
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
                files.Add(new CheckedFile(file.FullPath, display, configuration));
            }
        }

        return true;
    }

    /// <summary>Lints every file in parallel; each result lands in its file's slot, so order never depends on scheduling.</summary>
    private static FileResult[] LintAll(List<CheckedFile> files)
    {
        var engine = new AnalysisEngine(BuiltInRules.All);
        var results = new FileResult[files.Count];
        Parallel.For(0, files.Count, i => results[i] = Lint(engine, files[i].FullPath, files[i].DisplayPath, files[i].Configuration));
        return results;
    }

    /// <summary>Writes every requested output and the summary, and decides the exit code.</summary>
    private int Report(FileResult[] results, CheckOptions options, TimeSpan elapsed)
    {
        var unreadable = 0;
        var files = ImmutableArray.CreateBuilder<FileReport>(results.Length);
        foreach (var result in results)
        {
            if (result.ReadError is { } readError)
            {
                unreadable++;
                _stderr.WriteLine($"stmtlint: error: cannot read '{result.DisplayPath}': {readError}");
                continue;
            }

            var fullPath = PathResolver.ToFullPath(result.DisplayPath, _currentDirectory);
            files.Add(new FileReport(
                result.DisplayPath,
                result.Diagnostics.RemoveAll(d => d.Severity == Severity.Hidden),
                new Lazy<Microsoft.CodeAnalysis.Text.SourceText?>(() => ReadText(fullPath))));
        }

        var run = new LintRun(files.ToImmutable(), elapsed);
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

        return run.Errors > 0 ? ExitCodes.LintErrors : ExitCodes.Success;
    }

    /// <summary>The text as the parser saw it (same decoding), for source lines; null if the file went away since.</summary>
    private static Microsoft.CodeAnalysis.Text.SourceText? ReadText(string fullPath)
    {
        try
        {
            return DocumentDecoder.Decode(File.ReadAllBytes(fullPath)).Text;
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

    private static FileResult Lint(AnalysisEngine engine, string fullPath, string displayPath, EffectiveConfiguration configuration)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
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

    private sealed record CheckedFile(string FullPath, string DisplayPath, EffectiveConfiguration Configuration);
}
