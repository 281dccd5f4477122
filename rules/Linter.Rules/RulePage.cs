namespace Linter.Rules;

/// <summary>
/// Where a built-in rule's page is: beside its source, <c>rules/Linter.Rules/&lt;Folder&gt;/&lt;XRule&gt;.md</c>, the folder
/// being the last part of the rule's namespace. Descriptors take their help link from here, so it follows the rule.
/// </summary>
public static class RulePage
{
    /// <summary>The repository path of <paramref name="ruleType"/>'s page.</summary>
    /// <exception cref="ArgumentException">The type is not in a namespace of the rule pack.</exception>
    public static string Of(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        const string Pack = "Linter.Rules.";
        var ns = ruleType.Namespace;
        if (ns is null || !ns.StartsWith(Pack, StringComparison.Ordinal) || ns.Length == Pack.Length)
        {
            throw new ArgumentException($"{ruleType.Name} is not in a folder of the rule pack.", nameof(ruleType));
        }

        return $"rules/Linter.Rules/{ns[Pack.Length..].Replace('.', '/')}/{ruleType.Name}.md";
    }
}
