using System.Collections.Immutable;
using Linter.Analysis;

namespace Linter.CustomRules;

/// <summary>One loaded rule file and the rules it defines.</summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="ContentHash">The hex XxHash128 of the file's bytes: results that depend on its rules are cached under it.</param>
/// <param name="Rules">The rules the file defines (none when it had errors or was skipped).</param>
public sealed record CustomRuleFile(string Path, string ContentHash, ImmutableArray<Rule> Rules)
{
    /// <summary>True for a C# rule file, false for YAML.</summary>
    public bool IsCode => CustomRuleFiles.IsCode(Path);
}
