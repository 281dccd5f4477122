using System.Globalization;
using System.Text.RegularExpressions;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// <c>kind: occurrence</c>: what the tokens or patterns match must occur between <c>min</c> and
/// <c>max</c> times in each node of the scope. Too few is reported on the node, too many on the
/// first match past the maximum.
/// </summary>
/// <example>
/// <code>
/// kind: occurrence
/// scope: Sentence
/// patterns: [',']
/// whole-word: false
/// max: 3
/// </code>
/// </example>
internal sealed class OccurrenceRule : YamlRule
{
    private readonly TextPattern _pattern;
    private readonly int _min;
    private readonly int? _max;

    private OccurrenceRule(RuleHeader header, TextPattern pattern, int min, int? max)
        : base(header, FixAvailability.None)
    {
        _pattern = pattern;
        _min = min;
        _max = max;
    }

    public static OccurrenceRule? Read(RuleHeader header, YamlFields fields)
    {
        var pattern = TextPattern.Read(fields);
        var min = fields.Int("min", minimum: 0);
        var max = fields.Int("max", minimum: 0);
        if (min is null && max is null)
        {
            fields.Errors.Add(fields.Node, "an occurrence rule needs 'min', 'max' or both");
            return null;
        }

        if (min > max)
        {
            fields.Errors.Add(fields.KeyNode("min")!, $"'min' ({min}) is more than 'max' ({max})");
            return null;
        }

        if (pattern is null)
        {
            return null;
        }

        header.CheckPlaceholders(["count", "min", "max"], fields.Errors);
        return new OccurrenceRule(header, pattern, min ?? 0, max);
    }

    public override void Initialize(RuleContext context) =>
        context.RegisterNodeAction(Analyze, [.. Header.Scope]);

    private void Analyze(NodeAnalysisContext context)
    {
        if (IsNestedInScope(context.Node))
        {
            return;
        }

        var count = 0;
        Match? firstOver = null;
        List<TextSpan>? nonProse = null;
        foreach (Match match in _pattern.Regex.Matches(context.Node.ToString()))
        {
            if (match.Length == 0 || (_pattern.ProseOnly && !IsProse(context.Node, SpanOf(match, context.Node.Span.Start), ref nonProse)))
            {
                continue;
            }

            count++;
            if (count == _max + 1)
            {
                firstOver = match;
            }
        }

        if (count >= _min && (_max is null || count <= _max))
        {
            return;
        }

        var span = firstOver is null ? context.Node.Span : SpanOf(firstOver, context.Node.Span.Start);
        context.Report(Descriptor, span, Message(null, name => name switch
        {
            "count" => count.ToString(CultureInfo.InvariantCulture),
            "min" => _min.ToString(CultureInfo.InvariantCulture),
            "max" => _max?.ToString(CultureInfo.InvariantCulture) ?? "any",
            _ => null,
        }));
    }
}
