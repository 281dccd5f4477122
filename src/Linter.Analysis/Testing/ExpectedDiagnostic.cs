using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Testing;

/// <summary>A diagnostic a fixture expects: an ID (null for the bare <c>[|…|]</c> form) and a span.</summary>
public readonly record struct ExpectedDiagnostic(string? Id, TextSpan Span);
