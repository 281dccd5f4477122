using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Linter.CustomRules;

/// <summary>
/// Whether this build of stmtlint can compile and load C# rules. The native (ahead-of-time compiled)
/// build cannot: it has no JIT to run code compiled at run time. It meets a C# rule file with
/// <see cref="CodeRulesNotSupportedException"/>, and hands the run to the managed build.
/// </summary>
public static class CodeRuleSupport
{
    /// <summary>True in the managed build; false, and known to be false when compiling, in the native build, which then leaves the C# compiler out.</summary>
    [FeatureGuard(typeof(RequiresDynamicCodeAttribute))]
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported;
}
