using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Baseline;

/// <summary>
/// The baseline step of <c>check</c>, between linting and reporting. Fingerprints need the text
/// around each diagnostic, which linting does not keep (no tree or text outlives its file's lint),
/// so the text is read again here, and only when a baseline is in use.
/// </summary>
internal static class BaselineStep
{
    /// <summary>Records every reported (not hidden) diagnostic in <paramref name="baselinePath"/>; returns how many were recorded.</summary>
    /// <remarks><paramref name="files"/> holds each document's full path, and its bytes when they did not come from disk; <paramref name="diagnostics"/> holds its diagnostics in document order.</remarks>
    public static int Write(string baselinePath, IReadOnlyList<(string FullPath, byte[]? Content)> files, IReadOnlyList<ImmutableArray<Diagnostic>> diagnostics)
    {
        var baseline = new BaselineFile();
        var count = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var reported = Reported(diagnostics[i]);
            if (reported.Length == 0)
            {
                continue;
            }

            var fingerprints = BaselineFingerprint.Compute(ReadText(files[i]), reported);
            var key = BaselineFile.KeyFor(baselinePath, files[i].FullPath);
            for (var j = 0; j < reported.Length; j++)
            {
                baseline.Add(key, new BaselineEntry(reported[j].Id, fingerprints[j], reported[j].Location.LineSpan.Start.Line + 1, reported[j].Message));
                count++;
            }
        }

        baseline.Write(baselinePath);
        return count;
    }

    /// <summary>Each document's diagnostics without those the baseline records.</summary>
    /// <exception cref="UsageException">The baseline is missing or corrupt.</exception>
    public static ImmutableArray<Diagnostic>[] Filter(string baselinePath, IReadOnlyList<(string FullPath, byte[]? Content)> files, IReadOnlyList<ImmutableArray<Diagnostic>> diagnostics)
    {
        var baseline = BaselineFile.Read(baselinePath);
        var kept = new ImmutableArray<Diagnostic>[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var key = BaselineFile.KeyFor(baselinePath, files[i].FullPath);
            if (!baseline.Files.ContainsKey(key))
            {
                kept[i] = diagnostics[i];
                continue;
            }

            var reported = Reported(diagnostics[i]);
            var fingerprints = BaselineFingerprint.Compute(ReadText(files[i]), reported);
            kept[i] = [.. reported.Where((d, j) => !baseline.Contains(key, d.Id, fingerprints[j]))];
        }

        return kept;
    }

    // Hidden diagnostics are never printed, so they are neither recorded nor counted against the baseline.
    private static Diagnostic[] Reported(ImmutableArray<Diagnostic> diagnostics) => [.. diagnostics.Where(d => d.Severity != Severity.Hidden)];

    private static SourceText ReadText((string FullPath, byte[]? Content) file)
    {
        try
        {
            return DocumentDecoder.Decode(file.Content ?? File.ReadAllBytes(file.FullPath)).Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file was readable moments ago when it was linted; without its text nothing can be matched.
            return SourceText.From(string.Empty);
        }
    }
}
