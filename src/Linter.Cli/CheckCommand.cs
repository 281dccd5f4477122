using System.Collections.Immutable;
using Linter.Analysis;
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

    public int Run(IReadOnlyList<string> paths)
    {
        var files = FileDiscovery.Find(paths.Count == 0 ? ["."] : paths, _currentDirectory)
            .Select(full => (Full: full, Display: PathResolver.ToDisplayPath(full, _currentDirectory)))
            .OrderBy(f => f.Display, StringComparer.Ordinal)
            .ToArray();

        var engine = new AnalysisEngine(BuiltInRules.All);
        var results = new FileResult[files.Length];

        // Each file is independent; results land in their slot so the output order does not depend on scheduling.
        Parallel.For(0, files.Length, i => results[i] = Lint(engine, files[i].Full, files[i].Display));

        var counts = new int[Enum.GetValues<Severity>().Length];
        var unreadable = 0;
        foreach (var result in results)
        {
            if (result.ReadError is { } readError)
            {
                unreadable++;
                _stderr.WriteLine($"stmtlint: error: cannot read '{result.DisplayPath}': {readError}");
                continue;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == Severity.Hidden)
                {
                    continue;
                }

                counts[(int)diagnostic.Severity]++;
                _stdout.WriteLine(MsBuildFormatter.Format(result.DisplayPath, diagnostic));
            }
        }

        _stderr.WriteLine(Summary(files.Length, counts));
        if (unreadable > 0)
        {
            return ExitCodes.Failure;
        }

        return counts[(int)Severity.Error] > 0 ? ExitCodes.LintErrors : ExitCodes.Success;
    }

    private static FileResult Lint(AnalysisEngine engine, string fullPath, string displayPath)
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

        var tree = SyntaxTree.Parse(bytes, displayPath);
        return new FileResult(displayPath, engine.Analyze(tree), null);
    }

    private static string Summary(int fileCount, int[] counts)
    {
        var errors = counts[(int)Severity.Error];
        var warnings = counts[(int)Severity.Warning];
        var infos = counts[(int)Severity.Info];
        return $"stmtlint: {Plural(fileCount, "file")} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {infos} info";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private sealed record FileResult(string DisplayPath, ImmutableArray<Diagnostic> Diagnostics, string? ReadError);
}
