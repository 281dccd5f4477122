using System.Globalization;

namespace Linter.CustomRules;

/// <summary>
/// A mistake in a custom rule file, at a 1-based line and column of that file: bad YAML, an unknown
/// kind, a bad pattern, a missing field, an ID that clashes, or a C# compile error.
/// </summary>
/// <param name="Path">The full path of the rule file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Code">What kind of mistake: <c>rule</c> for rule definitions, the compiler's ID (<c>CS1002</c>) for C#.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to put it right, or null.</param>
public sealed record RuleFileError(string Path, int Line, int Column, string Code, string Message, string? Hint = null)
{
    /// <summary>The code of mistakes in rule definitions (as opposed to compiler IDs).</summary>
    public const string RuleCode = "rule";

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): error {Code}: {Message}{(Hint is null ? "" : " (" + Hint + ")")}");
}
