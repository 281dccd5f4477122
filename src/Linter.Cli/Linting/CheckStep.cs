using Linter.Analysis;
using Linter.Analysis.IO;
using Linter.Cli.Caching;
using Linter.Cli.Fixing;

namespace Linter.Cli.Linting;

/// <summary>
/// <c>check</c>'s work on one file, around <see cref="FileLinter"/>: read the bytes (bounded), answer
/// from the result cache when it can, lint, or with <c>--fix</c> fix and write back. Runs on
/// several threads at once; keeps nothing per file.
/// </summary>
internal sealed class CheckStep
{
    private readonly CheckOptions _options;
    private readonly ResultCache? _cache;
    private readonly CacheKey _keys;
    private readonly AtomicFileWriter _writer;
    private int _parsed;

    /// <param name="options">The run's options: fixing, dry run, unsafe fixes, the file size limit.</param>
    /// <param name="cache">The result cache, or null when results are not cached (<c>--no-cache</c>, <c>--fix</c>).</param>
    /// <param name="keys">Computes cache keys.</param>
    /// <param name="writer">Writes fixed files.</param>
    public CheckStep(CheckOptions options, ResultCache? cache, CacheKey keys, AtomicFileWriter writer)
    {
        _options = options;
        _cache = cache;
        _keys = keys;
        _writer = writer;
    }

    /// <summary>How many documents were parsed; the others came from the cache.</summary>
    public int ParsedCount => Volatile.Read(ref _parsed);

    public FileResult Run(CheckedFile file)
    {
        var (fullPath, displayPath, plan, content) = (file.FullPath, file.DisplayPath, file.Plan, file.Content);
        byte[] bytes;
        try
        {
            bytes = content ?? BoundedFile.ReadAllBytes(fullPath, _options.MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileResult(displayPath, [], e.Message);
        }

        string? key = null;
        if (_cache is not null)
        {
            key = _keys.For(fullPath, bytes, plan.Configuration, plan.Rules.CustomRulesFingerprint);
            if (_cache.TryGet(fullPath, displayPath, key, out var cached))
            {
                return new FileResult(displayPath, cached, null);
            }
        }

        Interlocked.Increment(ref _parsed);
        if (!_options.Fix)
        {
            var diagnostics = FileLinter.Lint(bytes, displayPath, plan).Diagnostics;
            if (_cache is not null && key is not null)
            {
                _cache.Store(fullPath, key, diagnostics);
            }

            return new FileResult(displayPath, diagnostics, null);
        }

        var tree = FileLinter.Parse(bytes, displayPath, plan);
        if (!tree.Diagnostics.IsDefaultOrEmpty && tree.Diagnostics.Any(d => d.Id == "SL0002"))
        {
            // Writing back text decoded with replacement characters would destroy the bytes that could not be decoded.
            return new FileResult(displayPath, FileLinter.Analyze(tree, plan), null) { FixNote = "not fixed: the file is not valid in its encoding" };
        }

        var outcome = FileLinter.Fix(tree, plan, _options.UnsafeFixes ? Applicability.Unsafe : Applicability.Safe);
        var note = outcome.Converged ? null : $"fixes did not settle after {DocumentFixer.MaxPasses} passes";
        if (!outcome.Changed)
        {
            return new FileResult(displayPath, outcome.Diagnostics, null) { FixNote = note };
        }

        if (_options.DryRun)
        {
            var diff = UnifiedDiff.Create(displayPath, outcome.Original.ToString(), outcome.Fixed.ToString());
            return new FileResult(displayPath, outcome.Diagnostics, null) { FixesApplied = outcome.Applied, Diff = diff, FixNote = note };
        }

        var writeError = _writer.TryReplace(fullPath, bytes, DocumentFixer.Encode(outcome.Fixed, bytes));
        if (writeError is not null)
        {
            // The file on disk is the original, so what it still has to say is the original's diagnostics.
            return new FileResult(displayPath, FileLinter.Analyze(tree, plan), null) { WriteError = writeError };
        }

        return new FileResult(displayPath, outcome.Diagnostics, null) { FixesApplied = outcome.Applied, FixNote = note };
    }
}
