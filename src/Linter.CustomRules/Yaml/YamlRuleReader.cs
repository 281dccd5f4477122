using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Syntax;
using YamlDotNet.RepresentationModel;

namespace Linter.CustomRules.Yaml;

/// <summary>Reads one rule (a YAML mapping) into the rule of its <c>kind</c>, reporting every mistake at its position.</summary>
internal static class YamlRuleReader
{
    /// <summary>Each kind with the node kinds it looks in when the rule gives no <c>scope</c>; null when scope does not apply.</summary>
    private static readonly Dictionary<string, ImmutableArray<SyntaxKind>?> s_kinds = new(StringComparer.Ordinal)
    {
        ["existence"] = DefaultTextScope,
        ["substitution"] = DefaultTextScope,
        ["occurrence"] = DefaultTextScope,
        ["consistency"] = DefaultTextScope,
        ["metadata"] = null,
        ["sequence"] = null,
    };

    /// <summary>The prose of a document: its title, headings and paragraphs (which hold sentences, claims, rebuttals and quotations).</summary>
    public static ImmutableArray<SyntaxKind> DefaultTextScope => [SyntaxKind.Title, SyntaxKind.Heading, SyntaxKind.Paragraph];

    /// <summary>The kinds, for messages and documentation.</summary>
    public static IReadOnlyCollection<string> Kinds => s_kinds.Keys;

    /// <summary>The rule <paramref name="mapping"/> defines, or null after reporting why it defines none.</summary>
    public static YamlRule? Read(YamlMappingNode mapping, RuleFileErrors errors)
    {
        var fields = new YamlFields(mapping, errors);
        var errorsBefore = errors.Count;
        var id = fields.Scalar("id", required: true, "the rule's ID, capital letters and then digits, such as 'HOUSE001'");
        var name = fields.Scalar("name", required: true, "the rule's kebab-case name, such as 'no-passive-voice'");
        var message = fields.Scalar("message", required: true, "the text of the diagnostic, with placeholders such as '{match}'");
        var kind = fields.Scalar("kind", required: true, $"one of {string.Join(", ", s_kinds.Keys)}");
        var severityText = fields.Scalar("severity", required: false, "error, warning, info or hidden");
        var title = fields.Scalar("description", required: false, "one line saying what the rule checks");
        var link = fields.Scalar("link", required: false, "the address of the rule's documentation");
        var category = fields.Scalar("category", required: false, "a category name");
        var enabled = fields.Bool("enabled", true);
        var scopeItems = fields.Strings("scope");

        if (id is var (idText, idNode) && !DiagnosticDescriptor.IsValidId(idText))
        {
            errors.Add(idNode, $"invalid rule ID '{idText}'", "an ID is two or more capital letters and then three or more digits, such as 'HOUSE001'");
        }

        if (name is var (nameText, nameNode) && !DiagnosticDescriptor.IsValidName(nameText))
        {
            errors.Add(nameNode, $"invalid rule name '{nameText}'", "a name is kebab-case: lower-case words joined by '-', such as 'no-passive-voice'");
        }

        if (link is var (linkText, linkNode) && !(Uri.TryCreate(linkText, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add(linkNode, $"'link' must be an absolute http or https address, not '{linkText}'", "SARIF viewers and editors open it as given");
        }

        var severity = Severity.Warning;
        if (severityText is var (severityValue, severityNode))
        {
            if (YamlFields.ParseSeverity(severityValue) is { } parsed)
            {
                severity = parsed;
            }
            else
            {
                errors.Add(severityNode, $"unknown severity '{severityValue}'", Suggestions.Hint(severityValue, ["error", "warning", "info", "hidden"], "the severities are"));
            }
        }

        MessageTemplate? template = null;
        if (message is var (messageText, messageNode))
        {
            template = MessageTemplate.TryParse(messageText, out var problem);
            if (template is null)
            {
                errors.Add(messageNode, $"invalid 'message': {problem}");
            }
        }

        ImmutableArray<SyntaxKind>? defaultScope = null;
        var kindKnown = false;
        if (kind is var (kindText, kindNode))
        {
            kindKnown = s_kinds.TryGetValue(kindText, out defaultScope);
            if (!kindKnown)
            {
                errors.Add(kindNode, $"unknown kind '{kindText}'", Suggestions.Hint(kindText, s_kinds.Keys, "the kinds are"));
            }
        }

        var scope = ImmutableArray.CreateBuilder<SyntaxKind>();
        foreach (var (scopeText, scopeNode) in scopeItems)
        {
            if (ReadNodeKind(scopeText, scopeNode, errors) is { } scopeKind)
            {
                scope.Add(scopeKind);
            }
        }

        var scopeKeyNode = fields.KeyNode("scope");
        if (kindKnown && defaultScope is null && scopeKeyNode is not null)
        {
            errors.Add(scopeKeyNode, $"a {kind!.Value.Value} rule has no 'scope'", kind.Value.Value == "sequence" ? "'first' and 'then' name the node kinds" : "it looks at the front matter");
        }

        if (!kindKnown || id is null || name is null || template is null || errors.Count > errorsBefore)
        {
            // The kind's own fields are still read, so that one run reports every mistake; the rule itself is not built.
            if (kindKnown)
            {
                _ = Build(kind!.Value.Value, Header(valid: false), fields);
                fields.ReportUnknownKeys("in a rule");
            }

            return null;
        }

        var rule = Build(kind!.Value.Value, Header(valid: true), fields);
        fields.ReportUnknownKeys("in a rule");
        return errors.Count > errorsBefore ? null : rule;

        // A header for reading the kind's fields of a rule already known to be wrong carries stand-in names that the descriptor accepts.
        RuleHeader Header(bool valid) => new(
            valid ? id!.Value.Value : "XX000",
            valid ? name!.Value.Value : "unnamed",
            title?.Value ?? name?.Value ?? "unnamed",
            category?.Value ?? RuleCategory.Custom,
            link?.Value,
            severity,
            enabled,
            template ?? MessageTemplate.TryParse("", out _)!,
            message?.Node ?? mapping,
            scope.Count > 0 ? scope.ToImmutable() : defaultScope ?? [],
            scopeKeyNode);
    }

    /// <summary>A node kind by name ("Claim", "Sentence"); null after reporting when it is not one.</summary>
    public static SyntaxKind? ReadNodeKind(string text, YamlNode node, RuleFileErrors errors)
    {
        if (SyntaxFacts.TryParseKind(text, out var kind) && SyntaxFacts.IsNode(kind))
        {
            return kind;
        }

        var nodeKinds = Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsNode).Select(k => k.ToString()).ToList();
        errors.Add(node, $"unknown node kind '{text}'", Suggestions.Hint(text, nodeKinds, "the node kinds are"));
        return null;
    }

    private static YamlRule? Build(string kind, RuleHeader header, YamlFields fields) => kind switch
    {
        "existence" => ExistenceRule.Read(header, fields),
        "substitution" => SubstitutionRule.Read(header, fields),
        "occurrence" => OccurrenceRule.Read(header, fields),
        "consistency" => ConsistencyRule.Read(header, fields),
        "metadata" => MetadataRule.Read(header, fields),
        "sequence" => SequenceRule.Read(header, fields),
        _ => null,
    };
}
