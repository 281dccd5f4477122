using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// <c>kind: consistency</c>: pairs of alternatives (<c>either:</c> a map of one: other) of which a
/// document uses only one. The first one used in the document wins; each use of the other is
/// reported with a fix to the winner.
/// </summary>
/// <example>
/// <code>
/// kind: consistency
/// either:
///   adviser: advisor
///   toward: towards
/// </code>
/// </example>
internal sealed class ConsistencyRule : YamlRule
{
    private readonly ImmutableArray<(string First, string Second, Regex Regex)> _pairs;
    private readonly bool _proseOnly;

    private ConsistencyRule(RuleHeader header, ImmutableArray<(string, string, Regex)> pairs, bool proseOnly)
        : base(header, FixAvailability.Always)
    {
        _pairs = pairs;
        _proseOnly = proseOnly;
    }

    public static ConsistencyRule? Read(RuleHeader header, YamlFields fields)
    {
        var options = MatchOptions.Read(fields);
        var mapping = fields.Mapping("either", required: true, "a mapping of pairs of alternatives, one: other");
        if (mapping is null)
        {
            return null;
        }

        var pairs = ImmutableArray.CreateBuilder<(string, string, Regex)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } first } || valueNode is not YamlScalarNode { Value: { Length: > 0 } second })
            {
                fields.Errors.Add(keyNode, "each entry of 'either' must pair two words or phrases, as in 'adviser: advisor'");
                continue;
            }

            if (string.Equals(first, second, options.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                fields.Errors.Add(valueNode, $"'{first}' is paired with itself");
                continue;
            }

            var body = $"(?<first>{Regex.Escape(first)})|(?<second>{Regex.Escape(second)})";
            var pattern = options.WholeWord ? $@"(?<!\w)(?:{body})(?!\w)" : body;
            pairs.Add((first, second, TextPattern.Build(pattern, options.IgnoreCase, options.Timeout)));
        }

        if (pairs.Count == 0)
        {
            if (mapping.Children.Count == 0)
            {
                fields.Errors.Add(mapping, "'either' is empty: give at least one pair, as in 'adviser: advisor'");
            }

            return null;
        }

        header.CheckPlaceholders(["match", "expected"], fields.Errors);
        return new ConsistencyRule(header, pairs.ToImmutable(), options.ProseOnly);
    }

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentAnalysisContext context)
    {
        var scopes = ScopeNodes(context.Root).Select(node => (Node: node, Text: node.ToString(), NonProse: (List<TextSpan>?)null)).ToList();
        foreach (var (first, second, regex) in _pairs)
        {
            var uses = new List<(bool IsFirst, Match Match, int Offset)>();
            for (var i = 0; i < scopes.Count; i++)
            {
                var (node, text, nonProse) = scopes[i];
                foreach (Match match in regex.Matches(text))
                {
                    if (!_proseOnly || IsProse(node, SpanOf(match, node.Span.Start), ref nonProse))
                    {
                        uses.Add((match.Groups["first"].Success, match, node.Span.Start));
                    }
                }

                scopes[i] = (node, text, nonProse);
            }

            if (uses.Count == 0)
            {
                continue;
            }

            var winnerIsFirst = uses[0].IsFirst;
            var expected = winnerIsFirst ? first : second;
            foreach (var (isFirst, match, offset) in uses)
            {
                if (isFirst != winnerIsFirst)
                {
                    var span = SpanOf(match, offset);
                    var fix = Fix.Create($"Replace with '{expected}'", new TextChange(span, expected), Applicability.Safe);
                    context.Report(Descriptor, span, fix, Message(match, name => name == "expected" ? expected : null));
                }
            }
        }
    }
}
