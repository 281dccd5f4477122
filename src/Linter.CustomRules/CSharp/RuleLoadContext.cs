using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;

namespace Linter.CustomRules.CSharp;

/// <summary>
/// The collectible load context of one compiled rule file. It loads nothing itself: the rule API
/// and the runtime come from the context that loaded stmtlint, so a rule's base class is the
/// host's <c>Rule</c> and not a copy of it.
/// </summary>
[RequiresDynamicCode(CodeRuleRequirements.Reason)]
[RequiresUnreferencedCode(CodeRuleRequirements.Reason)]
internal sealed class RuleLoadContext : AssemblyLoadContext
{
    private static readonly AssemblyLoadContext s_host = GetLoadContext(typeof(RuleLoadContext).Assembly) ?? Default;

    public RuleLoadContext(string name)
        : base(name, isCollectible: true)
    {
    }

    /// <summary>Loads a compiled rule assembly from its bytes, so that no file stays open or locked.</summary>
    public Assembly LoadImage(byte[] image)
    {
        using var stream = new MemoryStream(image, writable: false);
        return LoadFromStream(stream);
    }

    /// <summary>
    /// Null lets the runtime fall back to the default context, which is where stmtlint lives when run
    /// as a program. A host that loaded stmtlint into a context of its own gets its assemblies from there.
    /// </summary>
    protected override Assembly? Load(AssemblyName assemblyName) =>
        s_host == Default ? null : s_host.LoadFromAssemblyName(assemblyName);
}
