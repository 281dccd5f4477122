using System.Globalization;

namespace Linter.Analysis.Configuration;

/// <summary>One mistake in a configuration file, with where it is and, when there is one, a hint to fix it.</summary>
/// <param name="Path">The full path of the configuration file.</param>
/// <param name="Line">1-based line of the offending key or value.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong, as a sentence fragment: "unknown key 'rulez'".</param>
/// <param name="Hint">How to fix it ("did you mean 'rules'?"), or null.</param>
public sealed record ConfigurationError(string Path, int Line, int Column, string Message, string? Hint = null)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): {Message}{(Hint is null ? "" : " (" + Hint + ")")}");
}
