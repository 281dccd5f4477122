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
/// <param name="Claims">
/// Reads the document's claim map from its text (html shows it), or null where no configuration is at hand.
/// Called only by a formatter that shows claims, so other runs never build the semantic model for it.
/// </param>
internal sealed record FileReport(string DisplayPath, ImmutableArray<Diagnostic> Diagnostics, Lazy<SourceText?> Text, Func<SourceText, ImmutableArray<DocumentClaim>>? Claims = null);
