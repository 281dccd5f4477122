using Linter.Analysis;
using Linter.Analysis.Suppressions;
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

    /// <summary>Reported by the suppression filter; declared by a descriptor-only rule.</summary>
    public const string UnknownRuleId = SuppressionDiagnosticIds.UnknownRuleId;

    /// <summary>Reported by the suppression filter; declared by a descriptor-only rule.</summary>
    public const string UnusedSuppression = SuppressionDiagnosticIds.UnusedSuppression;

    /// <summary>A suppression directive in plain text, where it is not a comment.</summary>
    public const string PlainTextSuppression = "SL0005";

    public const string ClaimWithoutRebuttal = "SL1001";
    public const string UnattributedRebuttal = "SL1002";
    public const string MisquotedClaim = "SL1003";
    public const string AliasBeforeName = "SL1004";
    public const string VagueSource = "SL1005";

    public const string MissingDate = "SL2001";
    public const string InvalidDate = "SL2002";
    public const string InconsistentDateFormat = "SL2003";
    public const string DateOrder = "SL2004";
    public const string MissingTitle = "SL2005";
    public const string MissingSpeaker = "SL2006";
    public const string RequiredMetadata = "SL2007";

    public const string MixedQuoteStyle = "SL3001";
    public const string UnbalancedQuote = "SL3002";
    public const string MixedApostropheStyle = "SL3003";
    public const string InconsistentCitationName = "SL3004";
    public const string InconsistentSpeakerLabel = "SL3005";
    public const string SpaceBeforePunctuation = "SL3006";

    public const string QuestionWithoutAnswer = "SL4001";
    public const string PageBoilerplate = "SL4002";
    public const string EmptyTurn = "SL4003";
    public const string TrailingWhitespace = "SL4004";

    /// <summary>Reported by the engine when a rule throws; listed so that the table is complete.</summary>
    public const string RuleFailure = EngineDiagnostics.RuleFailureId;
}
