using System.Collections.Immutable;

namespace Linter.Analysis.Configuration;

/// <summary>One diagnostic configuration may name: its descriptor and the options of the rule that reports it.</summary>
public sealed record RuleCatalogEntry(DiagnosticDescriptor Descriptor, ImmutableArray<RuleOptionDescriptor> Options);
