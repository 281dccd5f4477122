using System.Globalization;
using System.Text.RegularExpressions;
using Linter.Analysis;
using Linter.Syntax;
using YamlDotNet.RepresentationModel;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// <c>kind: sequence</c>: every node of kind <c>first</c> (whose text matches its pattern, if any)
/// must be followed, within <c>within</c> following siblings, by a node of kind <c>then</c> (whose
/// text matches its pattern, if any). The built-in claim-without-rebuttal rule, for any vocabulary.
/// </summary>
/// <example>
/// <code>
/// kind: sequence
/// first: { node: Sentence, pattern: '^The (Report|Declaration) (alleges|claims)' }
/// then: { node: Sentence, pattern: '^(However|In fact),' }
/// within: 2
/// </code>
/// </example>
internal sealed class SequenceRule : YamlRule
{
    private readonly NodeMatch _first;
    private readonly NodeMatch _then;
    private readonly int _within;

    private SequenceRule(RuleHeader header, NodeMatch first, NodeMatch then, int within)
        : base(header, FixAvailability.None)
    {
        _first = first;
        _then = then;
        _within = within;
    }

    public static SequenceRule? Read(RuleHeader header, YamlFields fields)
    {
        var timeout = MatchOptions.ReadTimeout(fields);
        var ignoreCase = fields.Bool("ignorecase", false);
        var first = ReadNodeMatch(fields, "first", ignoreCase, timeout);
        var then = ReadNodeMatch(fields, "then", ignoreCase, timeout);
        var within = fields.Int("within", minimum: 1) ?? 1;
        if (first is null || then is null)
        {
            return null;
        }

        header.CheckPlaceholders(["match", "first", "then", "within", .. first.GroupNames], fields.Errors);
        return new SequenceRule(header, first, then, within);
    }

    public override void Initialize(RuleContext context) => context.RegisterNodeAction(Analyze, _first.Kind);

    private void Analyze(NodeAnalysisContext context)
    {
        if (_first.Match(context.Node) is not { } firstMatch)
        {
            return;
        }

        // A claim or a rebuttal wraps its sentence: the siblings that count are the wrapper's.
        var anchor = context.Node;
        while (anchor.Parent is { Kind: SyntaxKind.Claim or SyntaxKind.Rebuttal } wrapper && wrapper.Span == anchor.Span)
        {
            anchor = wrapper;
        }

        var seen = 0;
        var after = false;
        foreach (var sibling in anchor.Parent?.ChildNodes() ?? [])
        {
            if (!after)
            {
                after = sibling.Span == anchor.Span && sibling.Kind == anchor.Kind;
                continue;
            }

            if (MatchesThen(sibling))
            {
                return;
            }

            if (++seen >= _within)
            {
                break;
            }
        }

        context.Report(Descriptor, context.Node.Span, Message(firstMatch, name => name switch
        {
            "first" => _first.Kind.ToString(),
            "then" => _then.Kind.ToString(),
            "within" => _within.ToString(CultureInfo.InvariantCulture),
            _ => null,
        }));
    }

    /// <summary>Whether <paramref name="sibling"/>, or a node it wraps (a rebuttal's sentence), is what must follow.</summary>
    private bool MatchesThen(SyntaxNode sibling)
    {
        for (SyntaxNode? node = sibling; node is not null; node = node.ChildNodes().FirstOrDefault(child => child.Span == sibling.Span))
        {
            if (_then.Match(node) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static NodeMatch? ReadNodeMatch(YamlFields fields, string key, bool ignoreCase, TimeSpan timeout)
    {
        var mapping = fields.Mapping(key, required: true, "a mapping such as '{ node: Claim }' or '{ node: Sentence, pattern: \"^However\" }'");
        if (mapping is null)
        {
            return null;
        }

        var part = new YamlFields(mapping, fields.Errors);
        var kind = part.Scalar("node", required: true, "a node kind such as Claim, Sentence or Paragraph") is var (kindText, kindNode)
            ? YamlRuleReader.ReadNodeKind(kindText, kindNode, fields.Errors)
            : null;
        Regex? pattern = null;
        if (part.Scalar("pattern", required: false, "a regular expression") is var (patternText, patternNode)
            && TextPattern.IsValid(patternText, ignoreCase, patternNode, fields.Errors))
        {
            pattern = TextPattern.Build(patternText, ignoreCase, timeout);
        }

        part.ReportUnknownKeys($"in '{key}'");
        return kind is { } found ? new NodeMatch(found, pattern) : null;
    }

    /// <summary>A node kind and, optionally, a pattern its text must match.</summary>
    private sealed record NodeMatch(SyntaxKind Kind, Regex? Pattern)
    {
        public IEnumerable<string> GroupNames => Pattern?.GetGroupNames().Where(n => n != "0") ?? [];

        /// <summary>The pattern's match in the node's text (the whole text when there is no pattern), or null when the node does not qualify.</summary>
        public Match? Match(SyntaxNode node)
        {
            if (node.Kind != Kind)
            {
                return null;
            }

            var text = node.ToString();
            var match = (Pattern ?? s_whole).Match(text);
            return match.Success ? match : null;
        }

        private static readonly Regex s_whole = new("^.*", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
