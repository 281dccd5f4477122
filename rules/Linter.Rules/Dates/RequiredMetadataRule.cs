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
    /// <summary>The keys every document must have a value for.</summary>
    public static RuleOption<IReadOnlyList<string>> Keys { get; } =
        RuleOption.TextList("keys", [], "The front-matter keys every document must have, with a value.");

    /// <summary>"key: pattern" items, read once per configuration into keys and patterns.</summary>
    public static RuleOption<IReadOnlyList<(string Key, string Pattern)>> Patterns { get; } = RuleOption.TextList(
        "patterns", [], "Patterns values must match, each written 'key: regular expression'.", ReadPatterns);

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.RequiredMetadata,
        "required-metadata",
        title: "Required front-matter key missing or malformed",
        messageFormat: "front-matter key '{0}' {1}",
        RuleCategory.Dates,
        Severity.Error,
        isEnabledByDefault: false,
        helpLink: RulePage.Of(typeof(RequiredMetadataRule)));

    /// <summary>A user's pattern gets this long per value; backtracking cannot stall a run.</summary>
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromMilliseconds(200);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOption> Options { get; } = [Keys, Patterns];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        var keys = context.GetOption(Keys);
        var patterns = context.GetOption(Patterns);
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
            else if (!frontMatter!.HasValue(key))
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

    /// <summary>Reads "key: pattern" items; an item without a key before its colon is passed over.</summary>
    private static IReadOnlyList<(string Key, string Pattern)> ReadPatterns(IReadOnlyList<string> items)
    {
        var result = new List<(string, string)>();
        foreach (var item in items)
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                result.Add((item[..colon].Trim(), item[(colon + 1)..].Trim()));
            }
        }

        return result;
    }
}
