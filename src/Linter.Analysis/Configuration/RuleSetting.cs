using System.Collections.Immutable;

namespace Linter.Analysis.Configuration;

/// <summary>What one configuration layer says about one diagnostic ID; null and missing parts leave the layer below in force.</summary>
internal sealed record RuleSetting(string Id, bool? Enabled, Severity? Severity, ImmutableDictionary<string, object> Options);
