using System.Collections.Immutable;

namespace Linter.Analysis.Configuration;

/// <summary>One entry of <c>overrides:</c>: settings for the files its globs match, applied over the file's top-level settings.</summary>
internal sealed record ConfigOverride(GlobSet Files, ImmutableArray<RuleSetting> Rules, ImmutableArray<VocabularyEdit> Vocabulary);
