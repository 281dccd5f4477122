using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Linter.Analysis;
using Linter.Rules.Claims;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Dates;

/// <summary>SL2007: a front-matter key the configuration requires is missing or malformed. See RequiredMetadataRule.md.</summary>
public sealed class RequiredMetadataRule : Rule
{
    public const string KeysOption = "keys";

    public const string PatternsOption = "patterns";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.RequiredMetadata,
        "required-metadata",
        title: "Required front-matter key missing or malformed",
        messageFormat: "front-matter key '{0}' {1}",
        RuleCategory.Dates,
        Severity.Error,
        isEnabledByDefault: false,
        helpLink: "rules/Linter.Rules/Dates/RequiredMetadataRule.md");

    /// <summary>A user's pattern gets this long per value; backtracking cannot stall a run.</summary>
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromMilliseconds(200);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOptionDescriptor> SupportedOptions { get; } =
    [
        new(KeysOption, RuleOptionType.TextList, Array.Empty<string>(), "The front-matter keys every document must have, with a value."),
        new(PatternsOption, RuleOptionType.TextList, Array.Empty<string>(),
            "Patterns values must match, each written 'key: regular expression' (a key-to-pattern map is read too)."),
    ];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        var keys = Attribution.Strings(context.Options, KeysOption, []);
        var patterns = Patterns(context.Options);
        if (keys.Count == 0 && patterns.Count == 0)
        {
            return;
        }

        var frontMatter = context.Root.FrontMatter;
        var where = frontMatter?.ChildTokens().FirstOrDefault() is { } fence ? fence.Span : new TextSpan(0, 0);
        foreach (var key in keys)
        {
            var entry = frontMatter?.GetEntry(key);
            if (entry is null)
            {
                context.Report(Descriptor, where, key, frontMatter is null ? "is missing: the document has no front matter" : "is missing");
            }
            else if (entry.Value is null || (entry.Value is string text && string.IsNullOrWhiteSpace(text)))
            {
                context.Report(Descriptor, entry.Span, key, "has no value");
            }
        }

        foreach (var (key, pattern) in patterns)
        {
            if (frontMatter?.GetEntry(key) is not { ScalarValue: { } value } entry)
            {
                continue;
            }

            var span = entry.ValueToken?.Span ?? entry.Span;
            try
            {
                if (!Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, s_matchTimeout))
                {
                    context.Report(Descriptor, span, key, $"value '{value}' does not match the pattern '{pattern}'");
                }
            }
            catch (RegexMatchTimeoutException)
            {
                context.Report(Descriptor, span, key, $"value could not be checked against the pattern '{pattern}' within {s_matchTimeout.TotalMilliseconds} ms");
            }
            catch (ArgumentException)
            {
                context.Report(Descriptor, span, key, $"cannot be checked: the configured pattern '{pattern}' is not a valid regular expression");
            }
        }
    }

    /// <summary>Reads "key: pattern" items, or a key-to-pattern map if configuration gives one.</summary>
    private static List<(string Key, string Pattern)> Patterns(RuleOptions options)
    {
        var result = new List<(string, string)>();
        if (!options.TryGetValue(PatternsOption, out var value) || value is null)
        {
            return result;
        }

        if (value is IEnumerable<KeyValuePair<string, string>> map)
        {
            result.AddRange(map.Select(p => (p.Key, p.Value)));
        }
        else if (value is IEnumerable<KeyValuePair<string, object>> objects)
        {
            result.AddRange(objects.Where(p => p.Value is string).Select(p => (p.Key, (string)p.Value)));
        }
        else if (value is IEnumerable<string> items)
        {
            foreach (var item in items)
            {
                var colon = item.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    result.Add((item[..colon].Trim(), item[(colon + 1)..].Trim()));
                }
            }
        }

        return result;
    }
}
