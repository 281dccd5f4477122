using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules;

/// <summary>
/// The one table of diagnostic IDs. An ID is never reused or renumbered once published: a retired
/// rule leaves its constant here, marked obsolete. Blocks follow <see cref="RuleCategory"/>.
/// </summary>
public static class RuleIds
{
    /// <summary>Reported by the engine for parser problems; listed so that the table is complete.</summary>
    public const string SyntaxError = SyntaxDiagnosticIds.SyntaxError;

    /// <summary>Reported by the engine for undecodable bytes; listed so that the table is complete.</summary>
    public const string InvalidEncoding = SyntaxDiagnosticIds.InvalidEncoding;

    public const string ClaimWithoutRebuttal = "SL1001";

    public const string MissingDate = "SL2001";

    public const string PageBoilerplate = "SL4002";

    /// <summary>Reported by the engine when a rule throws; listed so that the table is complete.</summary>
    public const string RuleFailure = EngineDiagnostics.RuleFailureId;
}
