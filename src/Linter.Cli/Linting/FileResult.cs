using System.Collections.Immutable;
using Linter.Analysis;

namespace Linter.Cli.Linting;

/// <summary>What <c>check</c>'s step made of one file: its diagnostics, or why it could not be read, and what fixing it did.</summary>
internal sealed record FileResult(string DisplayPath, ImmutableArray<Diagnostic> Diagnostics, string? ReadError)
{
    /// <summary>Fixes applied (or, in a dry run, that would be).</summary>
    public int FixesApplied { get; init; }

    /// <summary>The dry run's unified diff, or null.</summary>
    public string? Diff { get; init; }

    /// <summary>Why the fixed text could not be written, or null.</summary>
    public string? WriteError { get; init; }

    /// <summary>A warning about fixing this file, or null.</summary>
    public string? FixNote { get; init; }
}
