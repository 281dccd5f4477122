namespace Linter.CustomRules;

/// <summary>How custom rules are loaded.</summary>
public sealed record CustomRuleLoadOptions
{
    /// <summary>False under <c>--no-code-rules</c>: C# rule files are neither compiled nor run, only listed as skipped.</summary>
    public bool AllowCodeRules { get; init; } = true;

    /// <summary>The folder where compiled C# rules are kept between runs, or null to compile every time.</summary>
    public string? CompiledRuleCacheDirectory { get; init; }
}
