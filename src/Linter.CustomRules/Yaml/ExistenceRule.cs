using System.Text.RegularExpressions;
using Linter.Analysis;

namespace Linter.CustomRules.Yaml;

/// <summary><c>kind: existence</c>: words, phrases or patterns that must not appear in the scope.</summary>
/// <example>
/// <code>
/// kind: existence
/// tokens: [very unique, irregardless]
/// patterns: ['\bmost (unique|perfect)\b']
/// ignorecase: true
/// </code>
/// </example>
internal sealed class ExistenceRule : YamlRule
{
    private readonly TextPattern _pattern;

    private ExistenceRule(RuleHeader header, TextPattern pattern)
        : base(header, FixAvailability.None)
    {
        _pattern = pattern;
    }

    public static ExistenceRule? Read(RuleHeader header, YamlFields fields)
    {
        var pattern = TextPattern.Read(fields);
        if (pattern is null)
        {
            return null;
        }

        header.CheckPlaceholders(["match", .. pattern.GroupNames], fields.Errors);
        return new ExistenceRule(header, pattern);
    }

    public override void Initialize(RuleContext context) =>
        context.RegisterNodeAction(Analyze, [.. Header.Scope]);

    private void Analyze(NodeAnalysisContext context)
    {
        if (IsNestedInScope(context.Node))
        {
            return;
        }

        var offset = context.Node.Span.Start;
        List<Microsoft.CodeAnalysis.Text.TextSpan>? nonProse = null;
        foreach (Match match in _pattern.Regex.Matches(context.Node.ToString()))
        {
            var span = SpanOf(match, offset);
            if (match.Length > 0 && (!_pattern.ProseOnly || IsProse(context.Node, span, ref nonProse)))
            {
                context.Report(Descriptor, span, Message(match));
            }
        }
    }
}
