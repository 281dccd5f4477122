using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Linter.Analysis.Configuration;

/// <summary>One <c>[glob]</c> section of an <c>.editorconfig</c> (<paramref name="Header"/> is the glob as written) and the stmtlint severities it sets.</summary>
internal sealed record EditorConfigSection(Regex Glob, string Header, ImmutableArray<KeyValuePair<string, (bool? Enabled, Severity? Severity)>> Severities);
