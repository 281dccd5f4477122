namespace Linter.Analysis;

/// <summary>How serious a diagnostic is. Only <see cref="Error"/> makes <c>stmtlint check</c> fail.</summary>
public enum Severity
{
    /// <summary>The document is wrong; the check fails.</summary>
    Error = 0,

    /// <summary>The document is probably wrong; shown, but the check passes.</summary>
    Warning = 1,

    /// <summary>Worth knowing; shown, never fails anything.</summary>
    Info = 2,

    /// <summary>Computed (for fixes and tools) but not shown.</summary>
    Hidden = 3,
}
