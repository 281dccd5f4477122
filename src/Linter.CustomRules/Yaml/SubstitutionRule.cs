using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Linter.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// <c>kind: substitution</c>: a <c>swap:</c> map of wrong → right. Each wrong form found is reported
/// with a fix that writes the right one. Keys are literal text unless <c>regex: true</c>, in which
/// case they are .NET regexes and the right side may use <c>$1</c> for their groups.
/// </summary>
/// <example>
/// <code>
/// kind: substitution
/// swap:
///   co-operation: cooperation
///   so called: so-called
/// </code>
/// </example>
internal sealed class SubstitutionRule : YamlRule
{
    private const string GroupPrefix = "swap";

    // Null when _words finds the matches.
    private readonly Regex? _regex;
    private readonly ImmutableArray<(string Wrong, string Right)> _swaps;

    // For regex swaps: each key alone, anchored, so that "$1" in its replacement means its own first group, not the combined regex's.
    private readonly ImmutableArray<Regex> _swapRegexes;
    private readonly Dictionary<string, string>? _literalRight;

    // Whole-word literal keys are found by word lookup rather than by the regex, which gives the same matches (see LiteralWordMatcher).
    private readonly LiteralWordMatcher? _words;
    private readonly bool _ignoreCase;
    private readonly bool _proseOnly;

    private SubstitutionRule(RuleHeader header, string pattern, ImmutableArray<(string, string)> swaps, bool isRegex, MatchOptions options)
        : base(header, FixAvailability.Always)
    {
        _swaps = swaps;
        _ignoreCase = options.IgnoreCase;
        _proseOnly = options.ProseOnly;
        _swapRegexes = isRegex ? [.. swaps.Select(s => new Regex($"^(?:{s.Item1})$", TextPattern.Options(options.IgnoreCase) & ~RegexOptions.Compiled, options.Timeout))] : [];
        if (!isRegex)
        {
            _literalRight = new Dictionary<string, string>(options.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            foreach (var (wrong, right) in swaps)
            {
                _literalRight.TryAdd(wrong, right);
            }

            _words = options.WholeWord ? LiteralWordMatcher.TryCreate(swaps.Select(s => s.Item1), options.IgnoreCase) : null;
        }

        _regex = _words is null ? TextPattern.Build(pattern, options.IgnoreCase, options.Timeout) : null;
    }

    public static SubstitutionRule? Read(RuleHeader header, YamlFields fields)
    {
        var options = MatchOptions.Read(fields);
        var isRegex = fields.Bool("regex", false);
        var mapping = fields.Mapping("swap", required: true, "a mapping of wrong: right");
        if (mapping is null)
        {
            return null;
        }

        var swaps = ImmutableArray.CreateBuilder<(string, string)>();
        var errorsBefore = fields.Errors.Count;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } wrong })
            {
                fields.Errors.Add(keyNode, "each key of 'swap' must be the text to replace");
                continue;
            }

            if (valueNode is not YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } right })
            {
                fields.Errors.Add(valueNode, $"the replacement of '{wrong}' must be text, not {YamlFields.Describe(valueNode)}");
                continue;
            }

            if (isRegex && !TextPattern.IsValid(wrong, options.IgnoreCase, keyNode, fields.Errors))
            {
                continue;
            }

            swaps.Add((wrong, right));
        }

        if (swaps.Count == 0)
        {
            if (fields.Errors.Count == errorsBefore)
            {
                fields.Errors.Add(mapping, "'swap' is empty: give at least one 'wrong: right' pair");
            }

            return null;
        }

        string body;
        if (isRegex)
        {
            // One named group per swap tells which key matched.
            var alternatives = new StringBuilder();
            for (var i = 0; i < swaps.Count; i++)
            {
                alternatives.Append(i == 0 ? "" : "|").Append(CultureInfo.InvariantCulture, $"(?<{GroupPrefix}{i}>{swaps[i].Item1})");
            }

            body = options.WholeWord ? $@"(?<!\w)(?:{alternatives})(?!\w)" : alternatives.ToString();
        }
        else
        {
            body = TextPattern.Literals(swaps.Select(s => s.Item1), options.WholeWord);
        }

        header.CheckPlaceholders(["match", "replacement"], fields.Errors);
        return new SubstitutionRule(header, body, swaps.ToImmutable(), isRegex, options);
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
        var text = context.Node.ToString();
        List<TextSpan>? nonProse = null;
        if (_words is not null)
        {
            foreach (var (start, length) in _words.Matches(text))
            {
                var wrong = text.Substring(start, length);
                if (_literalRight!.TryGetValue(wrong, out var right))
                {
                    Report(context, new TextSpan(offset + start, length), wrong, WithCaseOf(wrong, right), null, ref nonProse);
                }
            }

            return;
        }

        foreach (Match match in _regex!.Matches(text))
        {
            if (match.Length > 0 && Replacement(match) is { } replacement)
            {
                Report(context, SpanOf(match, offset), match.Value, replacement, match, ref nonProse);
            }
        }
    }

    private void Report(NodeAnalysisContext context, TextSpan span, string wrong, string replacement, Match? match, ref List<TextSpan>? nonProse)
    {
        if (replacement == wrong || (_proseOnly && !IsProse(context.Node, span, ref nonProse)))
        {
            return;
        }

        var fix = Fix.Create($"Replace with '{replacement}'", new TextChange(span, replacement), Applicability.Safe);
        context.Report(Descriptor, span, fix, Message(match, name => name switch
        {
            "replacement" => replacement,
            "match" => wrong,
            _ => null,
        }));
    }

    private string? Replacement(Match match)
    {
        string right;
        if (_literalRight is not null)
        {
            if (!_literalRight.TryGetValue(match.Value, out var found))
            {
                return null;
            }

            right = found;
        }
        else
        {
            var index = -1;
            for (var i = 0; i < _swaps.Length && index < 0; i++)
            {
                if (match.Groups[GroupPrefix + i.ToString(CultureInfo.InvariantCulture)].Success)
                {
                    index = i;
                }
            }

            if (index < 0)
            {
                return null;
            }

            var own = _swapRegexes[index].Match(match.Value);
            right = own.Success ? own.Result(_swaps[index].Right) : _swaps[index].Right;
        }

        return WithCaseOf(match.Value, right);
    }

    // "Utilise" at the start of a sentence becomes "Use", not "use", when case is ignored.
    private string WithCaseOf(string wrong, string right) =>
        _ignoreCase && right.Length > 0 && wrong.Length > 0 && char.IsUpper(wrong[0]) && char.IsLower(right[0])
            ? char.ToUpperInvariant(right[0]) + right[1..]
            : right;
}
