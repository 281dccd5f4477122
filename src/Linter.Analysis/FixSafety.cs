namespace Linter.Analysis;

/// <summary>
/// The most a rule's fixes may do, declared on its descriptor as Ruff declares fix safety: a rule
/// whose fixes can change meaning says so up front, so <c>stmtlint rules</c> and the docs can tell
/// users before they run <c>--unsafe-fixes</c>.
/// </summary>
public enum FixSafety
{
    /// <summary>Every fix the rule offers keeps the document's meaning (quote style, whitespace, date format).</summary>
    Safe = 0,

    /// <summary>Some fixes may remove or rewrite words (boilerplate removal, renaming); they are <see cref="Applicability.Unsafe"/>.</summary>
    Unsafe = 1,
}
