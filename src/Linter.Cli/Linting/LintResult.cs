using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Cli.Linting;

/// <summary>One document linted: its tree (for hovers, the outline, fixing) and its diagnostics, sorted, hidden ones included, inline suppressions applied.</summary>
internal sealed record LintResult(SyntaxTree Tree, ImmutableArray<Diagnostic> Diagnostics);
