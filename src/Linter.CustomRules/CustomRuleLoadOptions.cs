namespace Linter.CustomRules;

/// <summary>How custom rules are loaded.</summary>
public sealed record CustomRuleLoadOptions
{
    /// <summary>False under <c>--no-code-rules</c>: C# rule files are neither compiled nor run, only listed as skipped.</summary>
    public bool AllowCodeRules { get; init; } = true;

    /// <summary>Where compiled C# rules are kept between runs, and the key that authenticates them; null to compile every time.</summary>
    public CompiledRuleCache? CompiledRuleCache { get; init; }
}
