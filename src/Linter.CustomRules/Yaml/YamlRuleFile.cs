using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// A YAML rule file: one rule as a top-level mapping, or several as a list under <c>rules:</c>.
/// Every mistake is reported, each at its line and column; a file with any mistake yields no rules.
/// </summary>
internal static class YamlRuleFile
{
    public static ImmutableArray<YamlRule> Load(string text, RuleFileErrors errors)
    {
        if (Analysis.Configuration.YamlText.TryLoad(text, out var yamlError) is not { } stream)
        {
            errors.Add(yamlError.Line, yamlError.Column, yamlError.Message);
            return [];
        }

        if (stream.Documents.Count == 0 || YamlFields.IsNull(stream.Documents[0].RootNode))
        {
            errors.Add(1, 1, "the file defines no rule", "write one rule as a mapping with 'id', 'name', 'kind' …, or several under 'rules:'");
            return [];
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(stream.Documents[1].RootNode, "a rule file holds one YAML document", "list several rules under 'rules:' instead of starting a second document with '---'");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(stream.Documents[0].RootNode, "a rule file is a mapping: one rule, or 'rules:' with a list of them");
            return [];
        }

        var errorsBefore = errors.Count;
        var rules = ImmutableArray.CreateBuilder<YamlRule>();
        var hasList = root.Children.Keys.Any(k => k is YamlScalarNode { Value: "rules" });
        if (hasList)
        {
            var fields = new YamlFields(root, errors);
            var list = fields.Get("rules");
            fields.ReportUnknownKeys("beside 'rules' (a file holds either one rule or a 'rules:' list)");
            if (list is not YamlSequenceNode sequence)
            {
                errors.Add(list ?? root, "'rules' must be a list of rules");
                return [];
            }

            foreach (var item in sequence.Children)
            {
                if (item is YamlMappingNode mapping)
                {
                    if (YamlRuleReader.Read(mapping, errors) is { } rule)
                    {
                        rules.Add(rule);
                    }
                }
                else
                {
                    errors.Add(item, $"each item of 'rules' must be a rule (a mapping), not {YamlFields.Describe(item)}");
                }
            }
        }
        else if (YamlRuleReader.Read(root, errors) is { } rule)
        {
            rules.Add(rule);
        }

        return errors.Count > errorsBefore ? [] : rules.ToImmutable();
    }
}
