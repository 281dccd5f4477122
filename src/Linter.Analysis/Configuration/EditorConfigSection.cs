using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Linter.Analysis.Configuration;

/// <summary>One <c>[glob]</c> section of an <c>.editorconfig</c> and the stmtlint severities it sets.</summary>
internal sealed record EditorConfigSection(Regex Glob, ImmutableArray<KeyValuePair<string, (bool? Enabled, Severity? Severity)>> Severities);
