using System.Collections.Immutable;

namespace Linter.Analysis;

/// <summary>A document that statements may cite, as configuration describes it (config <c>cited:</c>).</summary>
/// <param name="Name">The full name: "Declaration for the Future of the Internet".</param>
/// <param name="Aliases">Short forms: "the Declaration".</param>
/// <param name="TextPath">The path of the cited document's own text, for checking quotations; null when not given.</param>
public sealed record CitedDocumentSource(string Name, ImmutableArray<string> Aliases, string? TextPath);
