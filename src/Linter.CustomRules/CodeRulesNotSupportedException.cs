namespace Linter.CustomRules;

/// <summary>
/// A C# rule file was to be loaded by a build that cannot compile code (<see cref="CodeRuleSupport.IsSupported"/>
/// is false). Thrown before anything is checked or printed, so the whole run can start again in the managed build.
/// </summary>
public sealed class CodeRulesNotSupportedException : Exception
{
    /// <summary>Creates the exception for the first C# rule file met.</summary>
    public CodeRulesNotSupportedException(string ruleFilePath)
        : base($"'{ruleFilePath}' is a C# rule, which this native build of stmtlint cannot compile")
    {
        RuleFilePath = ruleFilePath;
    }

    /// <summary>The C# rule file that was met.</summary>
    public string RuleFilePath { get; }
}
