using System.Collections.Immutable;
using Linter.Analysis;

namespace Linter.CustomRules.CSharp;

/// <summary>Loads the rules of one C# rule file.</summary>
internal static class CodeRuleFile
{
    /// <summary>The rules the file defines; <paramref name="compiled"/> tells whether the compiler ran.</summary>
    public static ImmutableArray<Rule> Load(string path, string source, string sourceHash, string? cacheDirectory, RuleFileErrors errors, out bool compiled)
    {
        _ = (path, source, sourceHash, cacheDirectory);
        compiled = false;
        errors.Add(1, 1, "C# rule files are not supported yet");
        return [];
    }
}
