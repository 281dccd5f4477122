using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using YamlDotNet.RepresentationModel;

namespace Linter.CustomRules.Yaml;

/// <summary>The fields every YAML rule has, whatever its kind.</summary>
internal sealed record RuleHeader(
    string Id,
    string Name,
    string Title,
    string Category,
    string? Link,
    Severity Severity,
    bool Enabled,
    MessageTemplate Message,
    YamlNode MessageNode,
    ImmutableArray<SyntaxKind> Scope,
    YamlNode? ScopeNode)
{
    /// <summary>The descriptor of the rule's one diagnostic.</summary>
    public DiagnosticDescriptor CreateDescriptor(FixAvailability fix) => new(
        Id,
        Name,
        Title,
        messageFormat: "{0}",
        Category,
        Severity,
        Enabled,
        Link,
        fix,
        FixSafety.Safe);

    /// <summary>
    /// Reports each placeholder of the message that the kind does not fill; the message is checked
    /// when the file loads so that a typo is not found only when the rule first fires.
    /// </summary>
    public void CheckPlaceholders(IEnumerable<string> allowed, RuleFileErrors errors)
    {
        var known = allowed.ToList();
        foreach (var placeholder in Message.Placeholders.Distinct(StringComparer.Ordinal))
        {
            if (!known.Contains(placeholder, StringComparer.Ordinal))
            {
                errors.Add(MessageNode, $"unknown placeholder '{{{placeholder}}}' in 'message'", $"this kind of rule fills: {string.Join(", ", known.Select(k => "{" + k + "}"))}");
            }
        }
    }
}
