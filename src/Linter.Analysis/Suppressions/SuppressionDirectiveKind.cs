namespace Linter.Analysis.Suppressions;

/// <summary>What a suppression comment asks for.</summary>
internal enum SuppressionDirectiveKind
{
    /// <summary><c>stmtlint-disable</c>: from the comment to a matching enable or the end of the document.</summary>
    Disable = 0,

    /// <summary><c>stmtlint-enable</c>: ends what a disable started.</summary>
    Enable = 1,

    /// <summary><c>stmtlint-disable-line</c>: the comment's own line.</summary>
    DisableLine = 2,

    /// <summary><c>stmtlint-disable-next-line</c>: the next line that is not blank.</summary>
    DisableNextLine = 3,
}
