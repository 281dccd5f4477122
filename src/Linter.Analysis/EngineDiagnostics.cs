using System.Collections.Immutable;
using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>
/// Descriptors of the diagnostics the engine reports itself rather than a rule: parser problems
/// (they come from the syntax layer, which knows nothing of rules) and rule failures.
/// </summary>
/// <remarks>
/// Their documentation pages live with the rule pack's, in <c>rules/Linter.Rules/Engine/</c>, so that
/// <c>explain</c> finds every page in one place; the help links point there.
/// </remarks>
public static class EngineDiagnostics
{
    /// <summary>The ID under which a rule's exception is reported.</summary>
    public const string RuleFailureId = "SL9001";

    /// <summary>SL0001: malformed structure found by the parser.</summary>
    public static DiagnosticDescriptor SyntaxError { get; } = new(
        SyntaxDiagnosticIds.SyntaxError,
        "syntax-error",
        title: "The document's structure is malformed",
        messageFormat: "{0}",
        RuleCategory.Syntax,
        Severity.Error,
        helpLink: "rules/Linter.Rules/Engine/SyntaxError.md");

    /// <summary>SL0002: bytes that were not valid in the file's encoding.</summary>
    public static DiagnosticDescriptor InvalidEncoding { get; } = new(
        SyntaxDiagnosticIds.InvalidEncoding,
        "invalid-encoding",
        title: "The file has bytes that are not valid text",
        messageFormat: "{0}",
        RuleCategory.Syntax,
        Severity.Warning,
        helpLink: "rules/Linter.Rules/Engine/InvalidEncoding.md");

    /// <summary>
    /// SL9001: a rule threw. An error, because the document was not fully checked and a passing
    /// check would be a lie.
    /// </summary>
    public static DiagnosticDescriptor RuleFailure { get; } = new(
        RuleFailureId,
        "rule-failure",
        title: "A rule failed while checking the document",
        messageFormat: "rule {0} ({1}) failed on '{2}' and its results for this file were dropped: {3}: {4}",
        RuleCategory.Internal,
        Severity.Error,
        helpLink: "rules/Linter.Rules/Engine/RuleFailure.md");

    /// <summary>
    /// SL9002: a rule's regular expression ran past its match timeout (catastrophic backtracking in a
    /// custom rule's pattern, say). Reported apart from SL9001 because the cure is to fix the pattern,
    /// not to report a bug; an error for the same reason as SL9001.
    /// </summary>
    public static DiagnosticDescriptor PatternTimeout { get; } = new(
        "SL9002",
        "pattern-timeout",
        title: "A rule's pattern took too long to match",
        messageFormat: "rule {0} ({1}) gave up on '{2}': its pattern '{3}' did not finish within {4} ms, so its results for this file were dropped",
        RuleCategory.Internal,
        Severity.Error,
        helpLink: "rules/Linter.Rules/Engine/PatternTimeout.md");

    /// <summary>All of them, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [SyntaxError, InvalidEncoding, RuleFailure, PatternTimeout];
}
