namespace Linter.CustomRules.CSharp;

/// <summary>Why the C# rule types are marked as needing the JIT, reflection and assembly files: the native build trims them out.</summary>
internal static class CodeRuleRequirements
{
    public const string Reason = "compiles C# at run time and loads the result: only the managed build can (see CodeRuleSupport.IsSupported)";
}
