using System.Collections.Immutable;
using System.Globalization;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping (a rule, or a part of one) and reports every mistake at its
/// line and column: a missing or mistyped field, and at the end any key nobody asked for.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _mapping;
    private readonly RuleFileErrors _errors;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode mapping, RuleFileErrors errors)
    {
        _mapping = mapping;
        _errors = errors;
    }

    /// <summary>The mapping itself, where errors about the whole of it are placed.</summary>
    public YamlMappingNode Node => _mapping;

    public RuleFileErrors Errors => _errors;

    /// <summary>The value of <paramref name="key"/>, or null when absent or empty.</summary>
    public YamlNode? Get(string key)
    {
        _read.Add(key);
        foreach (var (keyNode, value) in _mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: var name } && name == key)
            {
                return IsNull(value) ? null : value;
            }
        }

        return null;
    }

    /// <summary>The node of the key <paramref name="key"/> itself, for placing errors about it.</summary>
    public YamlNode? KeyNode(string key) =>
        _mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var name } && name == key);

    /// <summary>A scalar; an error when required and absent, or when not a scalar.</summary>
    public (string Value, YamlNode Node)? Scalar(string key, bool required, string what)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                _errors.Add(_mapping, $"missing '{key}': {what}");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            _errors.Add(node, $"'{key}' must be {what}, not {Describe(node)}");
            return null;
        }

        return (scalar.Value ?? "", node);
    }

    public bool Bool(string key, bool defaultValue)
    {
        if (Scalar(key, required: false, "true or false") is not var (text, node))
        {
            return defaultValue;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        _errors.Add(node, $"'{key}' must be true or false, not '{text}'");
        return defaultValue;
    }

    public int? Int(string key, int minimum)
    {
        if (Scalar(key, required: false, "a whole number") is not var (text, node))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        _errors.Add(node, $"'{key}' must be a whole number of at least {minimum}, not '{text}'");
        return null;
    }

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>; null after reporting otherwise, or when absent.</summary>
    public int? Int(string key, int minimum, int maximum)
    {
        if (Scalar(key, required: false, "a whole number") is not var (text, node))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        _errors.Add(node, $"'{key}' must be a whole number from {minimum} to {maximum}, not '{text}'");
        return null;
    }

    /// <summary>A scalar or a list of scalars, each with its node; empty when absent.</summary>
    public ImmutableArray<(string Value, YamlNode Node)> Strings(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return [(scalar.Value ?? "", scalar)];
            case YamlSequenceNode sequence:
                var items = ImmutableArray.CreateBuilder<(string, YamlNode)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode itemScalar && !IsNull(item))
                    {
                        items.Add((itemScalar.Value ?? "", item));
                    }
                    else
                    {
                        _errors.Add(item, $"each item of '{key}' must be text, not {Describe(item)}");
                    }
                }

                return items.ToImmutable();
            default:
                _errors.Add(node, $"'{key}' must be text or a list of text, not {Describe(node)}");
                return [];
        }
    }

    /// <summary>A mapping; an error when required and absent, or when not a mapping.</summary>
    public YamlMappingNode? Mapping(string key, bool required, string what)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                _errors.Add(_mapping, $"missing '{key}': {what}");
            }

            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            _errors.Add(node, $"'{key}' must be {what}, not {Describe(node)}");
            return null;
        }

        return mapping;
    }

    /// <summary>Reports every key of the mapping that no reader asked for, suggesting the closest known one.</summary>
    public void ReportUnknownKeys(string where)
    {
        foreach (var keyNode in _mapping.Children.Keys)
        {
            var key = keyNode is YamlScalarNode { Value: { } name } ? name : keyNode.ToString();
            if (!_read.Contains(key))
            {
                var hint = Suggestions.Hint(key, [.. _read], "the keys are");
                _errors.Add(keyNode, $"unknown key '{key}' {where}", hint);
            }
        }
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "" or "~" or "null" or "Null" or "NULL" or null };

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ when IsNull(node) => "nothing",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "this value",
    };

    public static Severity? ParseSeverity(string text) => text.ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "hidden" => Severity.Hidden,
        _ => null,
    };
}
