namespace Linter.Analysis;

/// <summary>Whether a fix may be applied without a person reading it.</summary>
public enum Applicability
{
    /// <summary>The fix keeps the document's meaning; <c>--fix</c> applies it.</summary>
    Safe = 0,

    /// <summary>The fix may change meaning or remove text someone wanted; applied only when asked for unsafe fixes.</summary>
    Unsafe = 1,
}
