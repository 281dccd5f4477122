using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Baseline;

/// <summary>
/// The baseline step of <c>check</c>, applied to each file as its result is reported. Fingerprints
/// need the text around each diagnostic, which linting does not keep (no tree or text outlives its
/// file's lint), so the text is read again here, and only when a baseline is in use.
/// </summary>
internal static class BaselineStep
{
    /// <summary>
    /// Adds a document's reported (not hidden) diagnostics to <paramref name="baseline"/>, which will
    /// be written to <paramref name="baselinePath"/>; returns how many were added. Only the entries
    /// are kept, not the diagnostics.
    /// </summary>
    /// <param name="baseline">The baseline being recorded.</param>
    /// <param name="baselinePath">Where it will be written; keys are relative to its directory.</param>
    /// <param name="fullPath">The document's full path.</param>
    /// <param name="content">The document's bytes when they did not come from disk (standard input), else null.</param>
    /// <param name="diagnostics">The document's diagnostics in document order.</param>
    public static int Record(BaselineFile baseline, string baselinePath, string fullPath, byte[]? content, ImmutableArray<Diagnostic> diagnostics)
    {
        var reported = Reported(diagnostics);
        if (reported.Length == 0)
        {
            return 0;
        }

        var fingerprints = BaselineFingerprint.Compute(ReadText(fullPath, content), reported);
        var key = BaselineFile.KeyFor(baselinePath, fullPath);
        for (var j = 0; j < reported.Length; j++)
        {
            baseline.Add(key, new BaselineEntry(reported[j].Id, fingerprints[j], reported[j].Location.LineSpan.Start.Line + 1, reported[j].Message));
        }

        return reported.Length;
    }

    /// <summary>A document's diagnostics without those <paramref name="baseline"/> (read from <paramref name="baselinePath"/>) records.</summary>
    public static ImmutableArray<Diagnostic> Filter(BaselineFile baseline, string baselinePath, string fullPath, byte[]? content, ImmutableArray<Diagnostic> diagnostics)
    {
        var key = BaselineFile.KeyFor(baselinePath, fullPath);
        if (!baseline.Files.ContainsKey(key))
        {
            return diagnostics;
        }

        var reported = Reported(diagnostics);
        var fingerprints = BaselineFingerprint.Compute(ReadText(fullPath, content), reported);
        return [.. reported.Where((d, j) => !baseline.Contains(key, d.Id, fingerprints[j]))];
    }

    // Hidden diagnostics are never printed, so they are neither recorded nor counted against the baseline.
    private static Diagnostic[] Reported(ImmutableArray<Diagnostic> diagnostics) => [.. diagnostics.Where(d => d.Severity != Severity.Hidden)];

    private static SourceText ReadText(string fullPath, byte[]? content)
    {
        try
        {
            return DocumentDecoder.Decode(content ?? Linter.Analysis.IO.BoundedFile.ReadAllBytes(fullPath, long.MaxValue)).Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file was readable moments ago when it was linted; without its text nothing can be matched.
            return SourceText.From(string.Empty);
        }
    }
}
