using System.Collections.Immutable;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli.Formatters;

/// <summary>One checked file as formatters see it: its display path, its reported diagnostics and, on demand, its text.</summary>
/// <param name="DisplayPath">The path relative to the working directory, as printed.</param>
/// <param name="Diagnostics">The diagnostics to report, sorted, without hidden ones.</param>
/// <param name="Text">
/// The file's text, read only when a formatter needs source lines (pretty): the lint result itself
/// may come from a cache, so the text is not kept alive for every file of a large run.
/// </param>
internal sealed record FileReport(string DisplayPath, ImmutableArray<Diagnostic> Diagnostics, Lazy<SourceText?> Text);
