using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// <c>kind: metadata</c>: front-matter keys with a required presence, a type (<c>date</c>,
/// <c>string</c>, <c>list</c>) and a pattern their values must match. Documents without front
/// matter (plain text as published) are not checked.
/// </summary>
/// <example>
/// <code>
/// kind: metadata
/// keys:
///   date: { required: true, type: date }
///   slug: { pattern: '^[a-z0-9-]+$' }
///   tags: { type: list }
/// </code>
/// </example>
internal sealed class MetadataRule : YamlRule
{
    private static readonly string[] s_types = ["date", "string", "list"];
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    private readonly ImmutableArray<KeySpec> _keys;

    private MetadataRule(RuleHeader header, ImmutableArray<KeySpec> keys)
        : base(header, FixAvailability.None)
    {
        _keys = keys;
    }

    public static MetadataRule? Read(RuleHeader header, YamlFields fields)
    {
        var mapping = fields.Mapping("keys", required: true, "a mapping of front-matter keys to what each must be");
        var timeout = MatchOptions.ReadTimeout(fields);
        if (mapping is null)
        {
            return null;
        }

        var keys = ImmutableArray.CreateBuilder<KeySpec>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } name } ? name : "";
            if (valueNode is not YamlMappingNode specNode)
            {
                fields.Errors.Add(valueNode, $"'{key}' must be a mapping such as '{{ required: true, type: date }}', not {YamlFields.Describe(valueNode)}");
                continue;
            }

            var spec = new YamlFields(specNode, fields.Errors);
            var required = spec.Bool("required", false);
            string? type = null;
            if (spec.Scalar("type", required: false, "date, string or list") is var (typeText, typeNode))
            {
                if (s_types.Contains(typeText, StringComparer.Ordinal))
                {
                    type = typeText;
                }
                else
                {
                    fields.Errors.Add(typeNode, $"unknown type '{typeText}'", Analysis.Configuration.Suggestions.Hint(typeText, s_types, "the types are"));
                }
            }

            Regex? pattern = null;
            if (spec.Scalar("pattern", required: false, "a regular expression") is var (patternText, patternNode)
                && TextPattern.IsValid(patternText, ignoreCase: false, patternNode, fields.Errors))
            {
                pattern = TextPattern.Build(patternText, ignoreCase: false, timeout);
            }

            spec.ReportUnknownKeys($"for the key '{key}'");
            keys.Add(new KeySpec(key, required, type, pattern));
        }

        if (keys.Count == 0)
        {
            if (mapping.Children.Count == 0)
            {
                fields.Errors.Add(mapping, "'keys' is empty: name at least one front-matter key");
            }

            return null;
        }

        header.CheckPlaceholders(["key", "problem", "value"], fields.Errors);
        return new MetadataRule(header, keys.ToImmutable());
    }

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentAnalysisContext context)
    {
        if (context.Root.ChildNodes().OfType<FrontMatterSyntax>().FirstOrDefault() is not { } frontMatter)
        {
            return;
        }

        var entries = new Dictionary<string, MetadataEntrySyntax>(StringComparer.Ordinal);
        foreach (var entry in frontMatter.ChildNodes().OfType<MetadataEntrySyntax>())
        {
            entries.TryAdd(entry.Key, entry);
        }

        foreach (var spec in _keys)
        {
            if (!entries.TryGetValue(spec.Key, out var entry))
            {
                if (spec.Required)
                {
                    // The opening fence: the place where the key would be added.
                    var fence = frontMatter.FirstToken()?.Span ?? new TextSpan(frontMatter.Span.Start, 0);
                    Report(context, fence, spec.Key, "is missing", "");
                }

                continue;
            }

            var span = entry.ValueToken?.Span ?? entry.Span;
            var shown = entry.ValueToken?.Text ?? "";
            if (Problem(spec, entry.Value) is { } problem)
            {
                Report(context, span, spec.Key, problem, shown);
            }
        }
    }

    private static string? Problem(KeySpec spec, object? value)
    {
        if (value is null or "")
        {
            return spec.Required || spec.Type is not null ? "is empty" : null;
        }

        switch (spec.Type)
        {
            case "date" when value is not string text || !IsDate(text):
                return "is not a date (yyyy-MM-dd)";
            case "string" when value is not string:
                return "is not text";
            case "list" when value is string or not IEnumerable:
                return "is not a list";
        }

        if (spec.Pattern is { } pattern)
        {
            IEnumerable<object?> values = value is string one ? [one] : value is IEnumerable many ? many.Cast<object?>() : [];
            foreach (var item in values)
            {
                if (item is string text && !pattern.IsMatch(text))
                {
                    return $"does not match '{pattern}'";
                }
            }
        }

        return null;
    }

    private static bool IsDate(string text) =>
        DateTimeOffset.TryParseExact(text.Trim(), s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    private void Report(DocumentAnalysisContext context, TextSpan span, string key, string problem, string value) =>
        context.Report(Descriptor, span, Message(null, name => name switch
        {
            "key" => key,
            "problem" => problem,
            "value" => value,
            _ => null,
        }));

    private sealed record KeySpec(string Key, bool Required, string? Type, Regex? Pattern);
}
