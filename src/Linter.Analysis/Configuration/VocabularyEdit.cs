using System.Collections.Immutable;

namespace Linter.Analysis.Configuration;

/// <summary>One change to a vocabulary list: a list given in full replaces the default; <c>add</c>/<c>remove</c> edit it.</summary>
/// <param name="List">The kebab-case list name: "document-type-nouns".</param>
/// <param name="Replace">The whole list, or null to edit the inherited one.</param>
/// <param name="Add">Phrases to add.</param>
/// <param name="Remove">Phrases to remove, ignoring case.</param>
internal sealed record VocabularyEdit(string List, ImmutableArray<string>? Replace, ImmutableArray<string> Add, ImmutableArray<string> Remove);
